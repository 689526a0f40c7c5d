package cn.gongkai.application;

/** Who applies, as the national annual report format counts applicants (国办公开办函〔2021〕30号, table three). */
public enum ApplicantKind {

	NATURAL_PERSON("自然人"), COMMERCIAL("商业企业"), RESEARCH("科研机构"), PUBLIC_INTEREST("社会公益组织"),
	LEGAL_SERVICE("法律服务机构"), OTHER_ORGANIZATION("其他法人或其他组织");

	private final String label;

	ApplicantKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean person() {
		return this == NATURAL_PERSON;
	}

	/** What the identity document is called for this kind of applicant (条例第二十九条: 身份证明). */
	public String documentLabel() {
		return person() ? "身份证件号码" : "统一社会信用代码";
	}

}
