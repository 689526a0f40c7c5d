package cn.gongkai.application;

/** The form in which the applicant asks to receive the information (条例第二十九条第三项). */
public enum InfoForm {

	PAPER("纸质文本"), ELECTRONIC("电子文件");

	private final String label;

	InfoForm(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
