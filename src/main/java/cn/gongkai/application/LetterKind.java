package cn.gongkai.application;

/** The letters the bureau sends an applicant; each is kept as sent. */
public enum LetterKind {

	CORRECTION("补正告知书"), EXTENSION("延期答复告知书"), ANSWER("政府信息公开申请答复书"),
	WITHDRAWN("视为放弃申请告知书");

	private final String label;

	LetterKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
