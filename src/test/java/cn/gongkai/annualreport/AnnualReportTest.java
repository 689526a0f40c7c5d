package cn.gongkai.annualreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gongkai.application.ApplicantKind;
import cn.gongkai.application.ApplicationReceipt;
import cn.gongkai.application.ApplicationService;
import cn.gongkai.application.ApplicationYear;
import cn.gongkai.application.OutcomeRow;
import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.obligation.ObligationStatus;
import cn.gongkai.process.applications.ApplicationsProcess;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.PublishedRecords;
import cn.gongkai.support.Applicants;
import cn.gongkai.support.Desk;
import cn.gongkai.support.ProcessTest;
import cn.gongkai.support.ScheduledObligations;
import cn.gongkai.support.Staff;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The annual report of a prepared year, 2051, whose applications and enforcement results are known: every cell the
 * system computes equals the table written by hand below; the report is saved, reviewed and published; and a year
 * whose carried-over applications differ from the published report before it is refused, naming the cell.
 * (The years are the suite's alone: no other test files applications or publishes enforcement results in them.)
 */
@ProcessTest
class AnnualReportTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	AnnualReports reports;

	@Autowired
	ObligationService obligations;

	@Autowired
	PublishedRecords published;

	@Autowired
	ScheduledObligations scheduled;

	@Autowired
	Applicants applicants;

	@Autowired
	ApplicationService applicationService;

	@Autowired
	Desk desk;

	@Test
	void aPreparedYearsReportEqualsTheHandWrittenTableInEveryCellAndIsPublished() {
		// Applications other tests left open, received years before, are carried through every later year.
		Map<ApplicantKind, Integer> open = applicationService.year(2050).carriedForward();
		// 2050: answered in the year (A6), and received at its end, carried into 2051 (A1); one enforcement result.
		Desk.clockAt("2050-06-01T09:00:00+08:00");
		ProcessInstance a6 = applicants.instance(applicants.received("NATURAL_PERSON", "POST", "2050-06-01"));
		applicants.answerAndSend(a6, "jiance", "DISCLOSED", null);
		Desk.clockAt("2050-08-08T09:00:00+08:00");
		enforcementResult();
		Desk.clockAt("2050-12-20T09:00:00+08:00");
		ProcessInstance a1 = applicants.instance(applicants.online());
		applicants.assign(a1, "zhidui");

		// The 2050 report, opened on 1 January 2051 and published.
		Desk.clockAt("2051-01-05T09:00:00+08:00");
		ProcessInstance report2050 = annualObligation(2051);
		long record2050 = recordOf(report2050);
		AnnualReport saved2050 = reports.save(record2050, validForm(), "officeDrafter");
		assertThat(saved2050.year()).isEqualTo(2050);
		assertThat(saved2050.applications().received().get(ApplicantKind.NATURAL_PERSON)).isEqualTo(2);
		assertThat(saved2050.applications().carriedForward().get(ApplicantKind.NATURAL_PERSON))
			.isEqualTo(open.get(ApplicantKind.NATURAL_PERSON) + 1);
		assertThat(saved2050.active().get(ActiveRow.PENALTY).get(ActiveRow.ActiveColumn.DECISIONS)).isEqualByComparingTo("1");
		desk.draftAndPublish(report2050, "office", "2050年度政府信息公开工作年度报告", AnnualReports.SECTION);

		// 2051.
		Desk.clockAt("2051-01-10T09:00:00+08:00");
		applicants.answer(a1, "DISCLOSED", null, "现提供所申请的信息。");
		desk.approveAndPublish(a1, "zhidui");
		Desk.clockAt("2051-03-02T09:00:00+08:00");
		applicants.answerAndSend(applicants.instance(applicants.received("COMMERCIAL", "COUNTER", "2051-03-02")), "zhidui",
				"PARTIAL", "PROCESS_INFORMATION");
		Desk.clockAt("2051-05-07T09:00:00+08:00");
		applicants.answerAndSend(applicants.instance(applicants.online("RESEARCH")), "zongliang", "WITHHELD", "THIRD_PARTY");
		Desk.clockAt("2051-06-01T09:00:00+08:00");
		ApplicationReceipt a4 = applicants.online();
		applicants.correct(applicants.instance(a4), "请写明所需信息的年份", 5);
		Desk.clockAt("2051-06-09T00:00:01+08:00");
		desk.fire(applicants.instance(a4), ApplicationsProcess.TIMER_CORRECTION_DUE);
		Desk.clockAt("2051-09-03T09:00:00+08:00");
		applicants.answerAndSend(applicants.instance(applicants.online("OTHER_ORGANIZATION")), "jiance", "NOT_HELD", null);
		Desk.clockAt("2051-10-10T09:00:00+08:00");
		enforcementResult();
		Desk.clockAt("2051-12-28T09:00:00+08:00");
		applicants.assign(applicants.instance(applicants.online("LEGAL_SERVICE")), "fushe");

		Desk.clockAt("2052-01-04T09:00:00+08:00");
		ProcessInstance report2051 = annualObligation(2052);
		long record2051 = recordOf(report2051);
		AnnualReports.Draft draft = reports.draft(record2051);
		assertThat(draft.year()).isEqualTo(2051);
		assertThat(draft.penaltyDecisions()).isEqualTo(1);
		assertThat(draft.lastYear()).hasValueSatisfying(last -> assertThat(last.id()).isEqualTo(saved2050.id()));
		assertEqualInEveryCell(draft.applications(), expected2051(open));

		AnnualReport saved = reports.save(record2051, validForm(), "officeDrafter");
		assertEqualInEveryCell(saved.applications(), expected2051(open));
		assertThat(saved.active().get(ActiveRow.NORMATIVE_DOCUMENTS).get(ActiveRow.ActiveColumn.IN_FORCE)).isEqualByComparingTo("37");
		assertThat(saved.active().get(ActiveRow.FEES).get(ActiveRow.ActiveColumn.AMOUNT)).isEqualByComparingTo("12.50");
		assertThat(saved.remedies().get(RemedyRow.RECONSIDERATION).get(RemedyRow.RemedyColumn.TOTAL)).isEqualTo(3);

		desk.complete(report2051, ObligationProcess.TASK_EDIT_DRAFT, "officeDrafter",
				withSection(Staff.draft("2051年度政府信息公开工作年度报告", false, false)));
		Task review = engine.getTaskService().createTaskQuery().processInstanceId(desk.reviewChain(report2051).getId()).singleResult();
		assertThat(engine.getFormService().getTaskFormVariables(review.getId()).get(ReviewChainProcess.VIEW_DATA).toString())
			.contains("2051年度政府信息公开工作年度报告").contains("（一）予以公开：1 0 0 0 0 0 | 1")
			.contains("四、结转下年度继续办理：" + line(expected2051(open).carriedForward())).contains("行政复议：结果维持 1；结果纠正 1；其他结果 0；尚未审结 1；总计 3；");
		desk.approveAndPublish(report2051, "office");
		Obligation obligation = obligations.ofProcess(AnnualReports.TYPE_KEY, report2051.getId()).orElseThrow();
		assertThat(obligation.status()).isEqualTo(ObligationStatus.PUBLISHED);
		long versionId = published.latestVersionId(record2051).orElseThrow();
		assertThat(reports.ofVersion(versionId)).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(saved.id()));

		// A letter of 30 December 2051 copied in after the 2051 report was published: 2052 no longer carries over
		// what 2051's report carried forward, and the 2052 report says so.
		Desk.clockAt("2052-01-08T09:00:00+08:00");
		applicants.received("NATURAL_PERSON", "POST", "2051-12-30");
		Desk.clockAt("2053-01-05T09:00:00+08:00");
		long record2052 = recordOf(annualObligation(2053));
		assertThatThrownBy(() -> reports.save(record2052, validForm(), "officeDrafter"))
			.isInstanceOf(AnnualReportRefusedException.class)
			.hasMessageContaining("表三“二、上年结转政府信息公开申请数量”“自然人”一栏为 "
					+ (open.get(ApplicantKind.NATURAL_PERSON) + 1) + "，与已公布的2051年度报告“四、结转下年度继续办理”的 "
					+ open.get(ApplicantKind.NATURAL_PERSON) + " 不一致");
		assertThat(reports.current(record2052)).isEmpty();
	}

	/** The schedule opens the office's report of the year before on 1 January, due on the 31st as the law fixes it. */
	@Test
	void theScheduleOpensTheReportOnTheFirstOfJanuaryDueOnTheThirtyFirst() {
		Desk.clockAt("2055-01-01T01:00:00+08:00");
		List<Obligation> opened = obligations.openScheduled()
			.stream()
			.filter(o -> o.typeKey().equals(AnnualReports.TYPE_KEY))
			.toList();
		assertThat(opened).hasSize(1);
		Obligation report = opened.get(0);
		assertThat(report.unitId()).isEqualTo("office");
		assertThat(report.subject()).isEqualTo("2054年度政府信息公开工作年度报告");
		assertThat(report.due().dueAt()).isEqualTo(OffsetDateTime.parse("2055-01-31T23:59:59+08:00"));
		assertThat(obligations.responsibleUnits()).as("the office's own report is not a unit's disclosure").doesNotContain("office");
	}

	@Test
	void aFigureThatDoesNotAddUpOrIsNotAFigureIsRefusedByName() {
		Desk.clockAt("2054-01-05T09:00:00+08:00");
		long recordId = recordOf(annualObligation(2054));
		AnnualReportForm valid = validForm();
		Map<String, String> figures = new HashMap<>(valid.figures());
		figures.put(AnnualReportForm.remedyCell(RemedyRow.LITIGATION_DIRECT, RemedyRow.RemedyColumn.TOTAL), "5");
		figures.put(AnnualReportForm.activeCell(ActiveRow.LICENSING, ActiveRow.ActiveColumn.DECISIONS), "1.5");
		figures.put(AnnualReportForm.activeCell(ActiveRow.FEES, ActiveRow.ActiveColumn.AMOUNT), "3.456");
		figures.put(AnnualReportForm.activeCell(ActiveRow.COERCION, ActiveRow.ActiveColumn.DECISIONS), "-1");
		figures.remove(AnnualReportForm.activeCell(ActiveRow.REGULATIONS, ActiveRow.ActiveColumn.ISSUED));
		figures.put(AnnualReportForm.activeCell(ActiveRow.PENALTY, ActiveRow.ActiveColumn.DECISIONS), "999");
		assertThatThrownBy(() -> reports.save(recordId, new AnnualReportForm(" ", valid.problems(), null, figures), "officeDrafter"))
			.isInstanceOfSatisfying(AnnualReportRefusedException.class, ex -> assertThat(ex.problems()).containsExactlyInAnyOrder(
					"请填写一、总体情况",
					"请填写表二“规章”的“本年制发件数”（没有的填 0）",
					"表二“行政许可”的“本年处理决定数量”应为整数",
					"表二“行政强制”的“本年处理决定数量”不能为负数",
					"表二“行政事业性收费”的“本年收费金额（单位：万元）”最多保留两位小数",
					"表四“行政诉讼：未经复议直接起诉”的总计为 5，不等于结果维持、结果纠正、其他结果、尚未审结之和 2"));
		assertThat(reports.current(recordId)).as("nothing is stored half").isEmpty();
		assertThat(reports.save(recordId, valid, "officeDrafter").year()).isEqualTo(2053);
	}

	/** The year as written by hand, plus the applications other tests left open, carried over and forward alike. */
	private static ApplicationYear expected2051(Map<ApplicantKind, Integer> open) {
		ApplicationYear year = ApplicationYear.zero(2051);
		year.received().putAll(row(1, 1, 1, 0, 1, 1));
		year.carriedOver().putAll(row(1, 0, 0, 0, 0, 0));
		year.outcomes().get(OutcomeRow.DISCLOSED).putAll(row(1, 0, 0, 0, 0, 0));
		year.outcomes().get(OutcomeRow.PARTIAL).putAll(row(0, 1, 0, 0, 0, 0));
		year.outcomes().get(OutcomeRow.WITHHELD_THIRD_PARTY).putAll(row(0, 0, 1, 0, 0, 0));
		year.outcomes().get(OutcomeRow.UNAVAILABLE_NOT_HELD).putAll(row(0, 0, 0, 0, 0, 1));
		year.outcomes().get(OutcomeRow.OTHER_UNCORRECTED).putAll(row(1, 0, 0, 0, 0, 0));
		year.carriedForward().putAll(row(0, 0, 0, 0, 1, 0));
		open.forEach((kind, count) -> {
			year.carriedOver().merge(kind, count, Integer::sum);
			year.carriedForward().merge(kind, count, Integer::sum);
		});
		return year;
	}

	/** A row of the review text: each kind, then the total. */
	private static String line(Map<ApplicantKind, Integer> cells) {
		StringBuilder text = new StringBuilder();
		for (ApplicantKind kind : ApplicantKind.values()) {
			text.append(cells.get(kind)).append(' ');
		}
		return text.append("| ").append(cells.values().stream().mapToInt(Integer::intValue).sum()).toString();
	}

	/** Natural persons, commercial, research, public interest, legal service, other: the format's column order. */
	private static Map<ApplicantKind, Integer> row(int... counts) {
		Map<ApplicantKind, Integer> row = new EnumMap<>(ApplicantKind.class);
		ApplicantKind[] kinds = ApplicantKind.values();
		for (int i = 0; i < kinds.length; i++) {
			row.put(kinds[i], counts[i]);
		}
		return row;
	}

	private static void assertEqualInEveryCell(ApplicationYear actual, ApplicationYear expected) {
		for (ApplicantKind kind : ApplicantKind.values()) {
			assertThat(actual.received().get(kind)).as("received %s", kind).isEqualTo(expected.received().get(kind));
			assertThat(actual.carriedOver().get(kind)).as("carried over %s", kind).isEqualTo(expected.carriedOver().get(kind));
			for (OutcomeRow row : OutcomeRow.values()) {
				assertThat(actual.outcomes().get(row).get(kind)).as("%s %s", row, kind)
					.isEqualTo(expected.outcomes().get(row).get(kind));
			}
			assertThat(actual.carriedForward().get(kind)).as("carried forward %s", kind)
				.isEqualTo(expected.carriedForward().get(kind));
		}
	}

	private static AnnualReportForm validForm() {
		Map<String, String> figures = new HashMap<>();
		for (ActiveRow row : ActiveRow.values()) {
			for (ActiveRow.ActiveColumn column : row.columns()) {
				figures.put(AnnualReportForm.activeCell(row, column), column.money() ? "12.5" : "0");
			}
		}
		figures.put(AnnualReportForm.activeCell(ActiveRow.NORMATIVE_DOCUMENTS, ActiveRow.ActiveColumn.IN_FORCE), "37");
		int[][] remedies = { { 1, 1, 0, 1, 3 }, { 0, 1, 0, 1, 2 }, { 0, 0, 0, 0, 0 } };
		for (RemedyRow row : RemedyRow.values()) {
			for (RemedyRow.RemedyColumn column : RemedyRow.RemedyColumn.values()) {
				figures.put(AnnualReportForm.remedyCell(row, column), String.valueOf(remedies[row.ordinal()][column.ordinal()]));
			}
		}
		return new AnnualReportForm("本局坚持以公开为常态、不公开为例外。", "个别单位更新不及时，已通报并整改。", "", figures);
	}

	private ProcessInstance annualObligation(int openedYear) {
		return scheduled.open(AnnualReports.TYPE_KEY, "office", String.valueOf(openedYear), LocalDate.of(openedYear, 1, 31));
	}

	private long recordOf(ProcessInstance pi) {
		return obligations.ofProcess(AnnualReports.TYPE_KEY, pi.getId()).orElseThrow().recordId();
	}

	private void enforcementResult() {
		ProcessInstance pi = scheduled.open("enforcement", "zhidui");
		desk.draftAndPublish(pi, "zhidui", "行政处罚决定 " + UUID.randomUUID(), "enforcement-results");
	}

	private static Map<String, Object> withSection(Map<String, Object> draft) {
		Map<String, Object> form = new HashMap<>(draft);
		form.put("section", AnnualReports.SECTION);
		return form;
	}

}
