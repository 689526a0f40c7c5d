package cn.gongkai.application;

import java.time.LocalDate;
import java.util.List;

/**
 * The letters to an applicant, in the bureau's Chinese, from one template per kind and answer type (docs/design.md
 * §9): each names what the bureau received and when, what it decided, the legal basis and, where the applicant may
 * contest it, the remedies.
 */
public final class ReplyLetters {

	static final String REMEDIES = "如对本答复不服，可以自收到本答复书之日起六十日内依法申请行政复议，或者自收到本答复书之日起六个月内依法"
			+ "向人民法院提起行政诉讼。";

	private ReplyLetters() {
	}

	/** 补正告知书 (条例第三十条). */
	public static String correction(String bureau, Application a, String matters, LocalDate due, LocalDate today) {
		return salutation(a) + "　　本机关于" + day(a.receivedOn()) + "收到" + you(a) + "提出的政府信息公开申请。经审查，申请内容不明确，"
				+ "请对下列事项作出补正：\n" + indent(matters) + "\n　　请于" + day(due) + "前提交补正后的申请（网上申请的，可凭查询号和查询码在网上补正）。"
				+ "答复期限自本机关收到补正的申请之日起计算。无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。\n"
				+ "　　依据：《中华人民共和国政府信息公开条例》第三十条。\n" + signature(bureau, today);
	}

	/** 延期答复告知书 (条例第三十三条第二款). */
	public static String extension(String bureau, Application a, int days, String reason, LocalDate newDue,
			LocalDate today) {
		return salutation(a) + "　　本机关于" + day(a.clockStart()) + "收到" + you(a) + "提出的政府信息公开申请（查询号 " + a.trackingNo()
				+ "）。因" + reason + "，不能在法定期限内答复。经本机关政府信息公开工作机构负责人同意，答复期限延长" + days
				+ "个工作日，本机关将于" + day(newDue) + "前作出答复。\n　　依据：《中华人民共和国政府信息公开条例》第三十三条第二款。\n"
				+ signature(bureau, today);
	}

	/** 视为放弃申请告知书 (条例第三十条). */
	public static String withdrawn(String bureau, Application a, LocalDate today) {
		return salutation(a) + "　　本机关于" + day(a.correctionRequestedOn()) + "告知" + you(a) + "于" + day(a.correctionDue())
				+ "前补正政府信息公开申请（查询号 " + a.trackingNo() + "）。" + you(a) + "逾期未补正，视为放弃申请，本机关不再处理该政府信息公开申请。\n"
				+ "　　依据：《中华人民共和国政府信息公开条例》第三十条。\n　　" + REMEDIES + "\n" + signature(bureau, today);
	}

	/**
	 * 政府信息公开申请答复书: what the handling unit proposes and the reviewers approve; {@code explanation} is the
	 * unit's own text (where the information is published, what is provided, the reasons), {@code files} the names of
	 * the files provided with it. It is addressed to the tracking number: the reviewers read the answer, not the
	 * applicant's name, which {@link #addressed} puts in when the letter is sent.
	 */
	public static String answer(String bureau, Application a, AnswerType type, WithholdGround ground, String explanation,
			String otherBody, List<String> files, LocalDate today) {
		StringBuilder text = new StringBuilder(anonymous(a));
		text.append("　　本机关于").append(day(a.receivedOn())).append("收到").append(you(a)).append("提出的政府信息公开申请（查询号 ")
			.append(a.trackingNo()).append("）");
		if (a.correctedOn() != null) {
			text.append("，于").append(day(a.correctedOn())).append("收到补正后的申请");
		}
		text.append("，申请获取“").append(brief(a.correctionText() != null ? a.correctionText() : a.description()))
			.append("”。经审查，现答复如下：\n　　").append(decision(a, type, ground, otherBody)).append('\n');
		text.append(indent(explanation)).append('\n');
		if (type.releases() && !files.isEmpty()) {
			text.append("　　随本答复书提供以下政府信息：\n");
			for (int i = 0; i < files.size(); i++) {
				text.append("　　").append(i + 1).append(". ").append(files.get(i)).append('\n');
			}
		}
		text.append("　　依据：《中华人民共和国政府信息公开条例》").append(type.article());
		if (ground != null && type.needsGround()) {
			text.append("、").append(ground.article());
		}
		text.append("。\n　　").append(REMEDIES).append('\n').append(signature(bureau, today));
		return text.toString();
	}

	private static String decision(Application a, AnswerType type, WithholdGround ground, String otherBody) {
		return switch (type) {
			case ALREADY_PUBLIC -> "您申请获取的信息本机关已经主动公开，获取的方式和途径如下：";
			case DISCLOSED -> "您申请获取的信息属于公开范围，本机关予以公开，提供的信息及获取方式如下：";
			case PARTIAL -> "您申请获取的信息中含有" + ground.label() + "的内容，本机关对可以公开的部分予以提供，对不予公开的部分说明理由如下：";
			case WITHHELD -> "您申请获取的信息" + ground.label() + "，本机关不予公开，理由如下：";
			case NOT_HELD -> "经检索，本机关没有您所申请公开的政府信息，该政府信息不存在。检索情况如下：";
			case NOT_THIS_BUREAU -> "您申请公开的信息不属于本机关负责公开。"
					+ (otherBody == null || otherBody.isBlank() ? "" : "负责公开该信息的机关为" + otherBody + "，请向其提出申请。")
					+ "理由如下：";
			case NEEDS_CREATION -> "您申请获取的信息需要本机关对现有政府信息进行加工、分析或者另行制作，本机关可以不予提供。说明如下：";
			case STILL_UNCLEAR -> "本机关已告知" + you(a) + "补正申请，补正后申请内容仍不明确，本机关无法提供。说明如下：";
			case PETITION -> "您以政府信息公开申请的形式提出的事项属于信访、投诉、举报等活动，本机关不作为政府信息公开申请处理，您可以通过相应渠道提出：";
			case REPEATED -> "本机关已就您提出的相同政府信息公开申请作出答复，对您重复申请公开相同政府信息，不予重复处理。说明如下：";
			case PUBLICATION -> "您申请获取的是公开出版物，不作为政府信息公开申请处理，获取途径如下：";
			case EXCESSIVE -> "您申请公开政府信息的数量、频次明显超过合理范围，且说明的理由不合理，本机关不予处理。说明如下：";
			case CONFIRMATION -> "您要求本机关确认或者重新出具已经获取的信息，不作为政府信息公开申请处理。说明如下：";
			case SPECIAL_LAW -> "您申请获取的信息，有关法律、行政法规对其获取有特别规定，请依照有关法律、行政法规的规定办理：";
		};
	}

	/** The answer as sent: addressed to the applicant by name instead of by tracking number. */
	public static String addressed(Application a, String answer) {
		String anonymous = anonymous(a);
		return answer.startsWith(anonymous) ? salutation(a) + answer.substring(anonymous.length()) : answer;
	}

	private static String salutation(Application a) {
		return a.applicantName() + "：\n";
	}

	private static String anonymous(Application a) {
		return "申请人（查询号 " + a.trackingNo() + "）：\n";
	}

	private static String you(Application a) {
		return a.applicantKind().person() ? "您" : "贵单位";
	}

	private static String signature(String bureau, LocalDate today) {
		return "\n" + bureau + "\n" + day(today);
	}

	private static String brief(String text) {
		String flat = text.strip().replaceAll("\\s+", " ");
		return flat.length() > 200 ? flat.substring(0, 199) + "…" : flat;
	}

	private static String indent(String text) {
		return "　　" + text.strip().replaceAll("\\R+", "\n　　");
	}

	static String day(LocalDate day) {
		return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
	}

}
