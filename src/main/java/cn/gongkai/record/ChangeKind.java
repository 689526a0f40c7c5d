package cn.gongkai.record;

/** What a unit asks for a record already on the column. */
public enum ChangeKind {

	CORRECTION("更正"), RETRACTION("撤回");

	private final String label;

	ChangeKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
