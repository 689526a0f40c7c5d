package cn.gongkai.application;

/** How an application arrived, which fixes its day of receipt (条例第三十一条). */
public enum Channel {

	ONLINE("网上申请", "通过互联网渠道提交的，以双方确认之日为收到申请之日（条例第三十一条第三项）"),
	COUNTER("当面提交", "当面提交的，以提交之日为收到申请之日（条例第三十一条第一项）"),
	POST("邮寄", "以邮寄方式提交的，以签收之日为收到申请之日（条例第三十一条第二项）");

	private final String label;
	private final String receiptRule;

	Channel(String label, String receiptRule) {
		this.label = label;
		this.receiptRule = receiptRule;
	}

	public String label() {
		return label;
	}

	public String receiptRule() {
		return receiptRule;
	}

}
