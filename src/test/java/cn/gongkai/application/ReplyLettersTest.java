package cn.gongkai.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every answer type has its letter: what was decided, on which article, and the remedies. */
class ReplyLettersTest {

	private static final Map<AnswerType, String> DECISIONS = Map.ofEntries(
			Map.entry(AnswerType.ALREADY_PUBLIC, "本机关已经主动公开，获取的方式和途径如下"),
			Map.entry(AnswerType.DISCLOSED, "本机关予以公开"),
			Map.entry(AnswerType.PARTIAL, "对可以公开的部分予以提供，对不予公开的部分说明理由如下"),
			Map.entry(AnswerType.WITHHELD, "本机关不予公开，理由如下"),
			Map.entry(AnswerType.NOT_HELD, "该政府信息不存在"),
			Map.entry(AnswerType.NOT_THIS_BUREAU, "不属于本机关负责公开。负责公开该信息的机关为郑州市生态环境局"),
			Map.entry(AnswerType.NEEDS_CREATION, "本机关可以不予提供"),
			Map.entry(AnswerType.STILL_UNCLEAR, "补正后申请内容仍不明确，本机关无法提供"),
			Map.entry(AnswerType.PETITION, "不作为政府信息公开申请处理，您可以通过相应渠道提出"),
			Map.entry(AnswerType.REPEATED, "不予重复处理"),
			Map.entry(AnswerType.PUBLICATION, "您申请获取的是公开出版物"),
			Map.entry(AnswerType.EXCESSIVE, "明显超过合理范围"),
			Map.entry(AnswerType.CONFIRMATION, "要求本机关确认或者重新出具已经获取的信息"),
			Map.entry(AnswerType.SPECIAL_LAW, "请依照有关法律、行政法规的规定办理"));

	@ParameterizedTest
	@EnumSource(AnswerType.class)
	void everyAnswerTypeSaysItsDecisionItsArticleAndTheRemedies(AnswerType type) {
		WithholdGround ground = type.needsGround() ? WithholdGround.PROCESS_INFORMATION : null;
		String letter = ReplyLetters.answer("郑州市环境保护局", application(ApplicantKind.NATURAL_PERSON, null), type, ground,
				"说明：第一行\n第二行", "郑州市生态环境局（0371-12345678）", List.of("2026年空气质量月报.pdf"),
				LocalDate.parse("2026-11-20"));
		assertThat(DECISIONS).containsKey(type);
		assertThat(letter).startsWith("申请人（查询号 YS20261102ABCDEF）：\n").doesNotContain("褚若溪")
			.contains("2026年11月2日收到您提出的政府信息公开申请（查询号 YS20261102ABCDEF）")
			.contains(DECISIONS.get(type))
			.contains("　　说明：第一行\n　　第二行")
			.contains("依据：《中华人民共和国政府信息公开条例》" + type.article())
			.contains(ReplyLetters.REMEDIES)
			.endsWith("郑州市环境保护局\n2026年11月20日");
		if (type.needsGround()) {
			assertThat(letter).contains("过程性信息").contains("、第十六条第二款");
		}
		assertThat(letter.contains("随本答复书提供以下政府信息：\n　　1. 2026年空气质量月报.pdf")).isEqualTo(type.releases());
	}

	@Test
	void anOrganisationIsAddressedAsSuchAndACorrectedApplicationIsQuotedAsCorrected() {
		String letter = ReplyLetters.answer("郑州市环境保护局", application(ApplicantKind.RESEARCH, LocalDate.parse("2026-11-09")),
				AnswerType.NOT_HELD, null, "经检索，未制作该信息。", null, List.of(), LocalDate.parse("2026-11-20"));
		assertThat(letter).contains("收到贵单位提出的").contains("于2026年11月9日收到补正后的申请")
			.contains("申请获取“2026年1月至10月各点位PM2.5月均浓度”");
	}

	@Test
	void theAnswerIsAddressedByNameOnlyWhenItIsSent() {
		Application a = application(ApplicantKind.NATURAL_PERSON, null);
		String answer = ReplyLetters.answer("局", a, AnswerType.NOT_HELD, null, "未制作。", null, List.of(),
				LocalDate.parse("2026-11-20"));
		assertThat(ReplyLetters.addressed(a, answer)).startsWith("褚若溪：\n　　本机关于").endsWith(answer.substring(answer.indexOf('\n')));
	}

	@Test
	void theProceduralLettersSayTheirDatesAndRules() {
		Application asked = application(ApplicantKind.NATURAL_PERSON, null);
		assertThat(ReplyLetters.correction("局", asked, "请写明年份", LocalDate.parse("2026-11-17"), LocalDate.parse("2026-11-03")))
			.contains("请对下列事项作出补正：\n　　请写明年份").contains("请于2026年11月17日前").contains("第三十条");
		assertThat(ReplyLetters.extension("局", asked, 15, "需要汇总", LocalDate.parse("2026-12-21"), LocalDate.parse("2026-11-25")))
			.contains("因需要汇总").contains("答复期限延长15个工作日").contains("2026年12月21日前作出答复");
	}

	private static Application application(ApplicantKind kind, LocalDate correctedOn) {
		return new Application(1, "YS20261102ABCDEF", Channel.ONLINE, kind, "褚若溪", "410105199001011234", null,
				"0371-66668888", null, null, "空气质量数据", InfoForm.ELECTRONIC, Delivery.ONLINE, null,
				OffsetDateTime.parse("2026-11-02T09:00:00+08:00"), LocalDate.parse("2026-11-02"),
				correctedOn != null ? correctedOn : LocalDate.parse("2026-11-02"), ApplicationStatus.HANDLING, "jiance", 1L,
				null, correctedOn != null ? "请写明年份" : null, correctedOn != null ? LocalDate.parse("2026-11-03") : null,
				correctedOn != null ? LocalDate.parse("2026-11-17") : null, correctedOn,
				correctedOn != null ? "2026年1月至10月各点位PM2.5月均浓度" : null, 0, null, null, null, null, null, null, null,
				null);
	}

}
