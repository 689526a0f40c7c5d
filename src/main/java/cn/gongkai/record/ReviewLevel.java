package cn.gongkai.record;

/** The steps of 分级审核 and 保密审查, in the order a record passes them. */
public enum ReviewLevel {

	UNIT_HEAD("处室负责人审核"), LEADER("分管领导审核"), CHIEF("局主要领导审核"), SECRECY("保密审查"), SECRECY_OFFICE("保密办审查");

	private final String label;

	ReviewLevel(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
