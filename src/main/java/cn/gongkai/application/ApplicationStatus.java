package cn.gongkai.application;

/** Where an application stands, as the applicant's tracking page and the staff's list say it. */
public enum ApplicationStatus {

	SUBMITTED("已提交，待确认收到"), CORRECTION_REQUESTED("待补正"), HANDLING("办理中"), ANSWERED("已答复"),
	/** Not corrected in the period set: treated as withdrawn (条例第三十条). */
	WITHDRAWN("视为放弃申请，不再处理");

	private final String label;

	ApplicationStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean open() {
		return this != ANSWERED && this != WITHDRAWN;
	}

}
