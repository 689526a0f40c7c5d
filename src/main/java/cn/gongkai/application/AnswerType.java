package cn.gongkai.application;

/**
 * The answers the Regulations allow (条例第三十六条 to 第三十九条), as the handling unit chooses one, each with its
 * legal basis ({@link OutcomeRow} says where the annual report counts it).
 */
public enum AnswerType {

	ALREADY_PUBLIC("已主动公开，告知获取方式和途径", "第三十六条第（一）项"),
	DISCLOSED("予以公开", "第三十六条第（二）项"),
	PARTIAL("部分公开", "第三十七条"),
	WITHHELD("不予公开", "第三十六条第（三）项"),
	NOT_HELD("经检索没有所申请公开信息", "第三十六条第（四）项"),
	NOT_THIS_BUREAU("不属于本机关负责公开", "第三十六条第（五）项"),
	NEEDS_CREATION("需要另行制作或加工分析", "第三十八条"),
	STILL_UNCLEAR("补正后申请内容仍不明确", "第三十条"),
	PETITION("属于信访、投诉、举报等事项", "第三十九条第一款"),
	REPEATED("重复申请", "第三十六条第（六）项"),
	PUBLICATION("要求提供公开出版物", "第三十九条第二款"),
	EXCESSIVE("无正当理由大量反复申请", "第三十五条"),
	CONFIRMATION("要求确认或重新出具已获取信息", "第三十九条第二款"),
	SPECIAL_LAW("法律、行政法规对信息获取有特别规定", "第三十六条第（七）项");

	private final String label;
	private final String article;

	AnswerType(String label, String article) {
		this.label = label;
		this.article = article;
	}

	public String label() {
		return label;
	}

	public String article() {
		return article;
	}

	/** The answer withholds something and must name its ground. */
	public boolean needsGround() {
		return this == WITHHELD || this == PARTIAL;
	}

	/** The answer releases information: it says what is provided, and the released files go with the letter. */
	public boolean releases() {
		return this == DISCLOSED || this == PARTIAL;
	}

}
