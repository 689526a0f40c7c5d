package cn.gongkai.application;

/** How the applicant asks to receive the answer (条例第二十九条第三项: 获取信息的方式、途径). */
public enum Delivery {

	POST("邮寄"), EMAIL("电子邮件"), PICKUP("当面领取"), ONLINE("网上查询下载");

	private final String label;

	Delivery(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
