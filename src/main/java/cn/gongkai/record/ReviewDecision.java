package cn.gongkai.record;

/** A graded-review level's decision. */
public enum ReviewDecision {

	APPROVE("同意"), RETURN("退回修改");

	private final String label;

	ReviewDecision(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
