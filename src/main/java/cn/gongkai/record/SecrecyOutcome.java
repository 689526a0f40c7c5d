package cn.gongkai.record;

/** The four conclusions of 保密审查; the secrecy office may give all but a further referral. */
public enum SecrecyOutcome {

	PUBLISH("同意公开"), PARTIAL("部分公开（删减后重新审核）"), WITHHOLD("不予公开"), REFER("提请保密办审查");

	private final String label;

	SecrecyOutcome(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
