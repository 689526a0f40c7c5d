package cn.gongkai.record;

public enum RecordStatus {

	DRAFT("草稿"), IN_REVIEW("审核中"), RETURNED("退回修改"), PUBLISHED("已公开"), WITHHELD("不予公开"),
	/** No longer owed before it was published, for example an incident update when the incident ended. */
	WITHDRAWN("已取消"), RETRACTED("已撤回公开"),
	/** A record off the column approved by every review (an answer to an application): it leaves, it is not published. */
	APPROVED("审核通过");

	private final String label;

	RecordStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
