package cn.gongkai.application;

/** What the third party answered (条例第三十二条). */
public enum ThirdPartyOpinion {

	AGREES("同意公开"), OBJECTS("不同意公开"), NO_REPLY("逾期未提出意见");

	private final String label;

	ThirdPartyOpinion(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
