package cn.gongkai.application;

/**
 * The rows of the national annual report format's table three, 本年度办理结果 (国办公开办函〔2021〕30号), in its order:
 * each answered or closed application is counted in exactly one (a partial disclosure only as such).
 */
public enum OutcomeRow {

	DISCLOSED("（一）予以公开"), PARTIAL("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
	WITHHELD_STATE_SECRET("（三）不予公开　1.属于国家秘密"), WITHHELD_LAW_FORBIDS("（三）不予公开　2.其他法律行政法规禁止公开"),
	WITHHELD_THREE_SECURITIES("（三）不予公开　3.危及“三安全一稳定”"), WITHHELD_THIRD_PARTY("（三）不予公开　4.保护第三方合法权益"),
	WITHHELD_INTERNAL_AFFAIRS("（三）不予公开　5.属于三类内部事务信息"), WITHHELD_PROCESS_INFORMATION("（三）不予公开　6.属于四类过程性信息"),
	WITHHELD_ENFORCEMENT_FILE("（三）不予公开　7.属于行政执法案卷"), WITHHELD_ADMINISTRATIVE_QUERY("（三）不予公开　8.属于行政查询事项"),
	UNAVAILABLE_NOT_HELD("（四）无法提供　1.本机关不掌握相关政府信息"), UNAVAILABLE_NEEDS_CREATION("（四）无法提供　2.没有现成信息需要另行制作"),
	UNAVAILABLE_STILL_UNCLEAR("（四）无法提供　3.补正后申请内容仍不明确"), NOT_HANDLED_PETITION("（五）不予处理　1.信访举报投诉类申请"),
	NOT_HANDLED_REPEATED("（五）不予处理　2.重复申请"), NOT_HANDLED_PUBLICATION("（五）不予处理　3.要求提供公开出版物"),
	NOT_HANDLED_EXCESSIVE("（五）不予处理　4.无正当理由大量反复申请"),
	NOT_HANDLED_CONFIRMATION("（五）不予处理　5.要求行政机关确认或重新出具已获取信息"),
	OTHER_UNCORRECTED("（六）其他处理　1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
	OTHER_UNPAID("（六）其他处理　2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
	OTHER("（六）其他处理　3.其他");

	private final String label;

	OutcomeRow(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Where a closed application is counted: by its answer (and ground), or as treated as withdrawn. */
	public static OutcomeRow of(ApplicationStatus status, AnswerType type, WithholdGround ground) {
		if (status == ApplicationStatus.WITHDRAWN) {
			return OTHER_UNCORRECTED;
		}
		return switch (type) {
			case ALREADY_PUBLIC, DISCLOSED -> DISCLOSED;
			case PARTIAL -> PARTIAL;
			case WITHHELD -> valueOf("WITHHELD_" + ground.name());
			case NOT_HELD, NOT_THIS_BUREAU -> UNAVAILABLE_NOT_HELD;
			case NEEDS_CREATION -> UNAVAILABLE_NEEDS_CREATION;
			case STILL_UNCLEAR -> UNAVAILABLE_STILL_UNCLEAR;
			case PETITION -> NOT_HANDLED_PETITION;
			case REPEATED -> NOT_HANDLED_REPEATED;
			case PUBLICATION -> NOT_HANDLED_PUBLICATION;
			case EXCESSIVE -> NOT_HANDLED_EXCESSIVE;
			case CONFIRMATION -> NOT_HANDLED_CONFIRMATION;
			case SPECIAL_LAW -> OTHER;
		};
	}

}
