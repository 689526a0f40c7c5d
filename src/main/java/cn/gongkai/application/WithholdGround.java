package cn.gongkai.application;

/**
 * Why information is not disclosed, in the national annual report format's rows (不予公开 1–8), each with the article
 * of the Regulations it rests on.
 */
public enum WithholdGround {

	STATE_SECRET("属于国家秘密", "第十四条"), LAW_FORBIDS("其他法律行政法规禁止公开", "第十四条"),
	THREE_SECURITIES("危及国家安全、公共安全、经济安全、社会稳定", "第十四条"),
	THIRD_PARTY("公开会损害第三方合法权益", "第十五条"), INTERNAL_AFFAIRS("属于人事管理、后勤管理、内部工作流程等内部事务信息", "第十六条第一款"),
	PROCESS_INFORMATION("属于讨论记录、过程稿、磋商信函、请示报告等过程性信息", "第十六条第二款"),
	ENFORCEMENT_FILE("属于行政执法案卷信息", "第十六条第二款"), ADMINISTRATIVE_QUERY("属于行政查询事项", "第三十六条第（七）项");

	private final String label;
	private final String article;

	WithholdGround(String label, String article) {
		this.label = label;
		this.article = article;
	}

	public String label() {
		return label;
	}

	public String article() {
		return article;
	}

}
