package cn.gongkai.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.gongkai.calendar.WorkingDayCalendar;
import cn.gongkai.calendar.YearArrangement;
import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.enforcement.EnforcementProcess;
import cn.gongkai.process.escalation.EscalationProcess;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.support.Desk;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.TestYears;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A deadline that runs into a year without an arrangement is provisional; when the year's arrangement is loaded, the
 * obligation, its timer, and the due dates of open review tasks follow.
 */
@GongkaiTest
class DeadlineRecalculationTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	ObligationService obligations;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		TestYears.remove(jdbc, 2027);
	}

	@Test
	void aProvisionalDeadlineIsRecomputedWhenItsYearArrives() {
		assertThat(calendar.hasYear(2027)).as("no 2027 arrangement ships yet; this test loads its own").isFalse();
		Desk.clockAt("2026-12-20T10:00:00+08:00");
		Desk desk = new Desk(engine);
		String definitionId = desk.definitionId(EnforcementProcess.KEY);
		ProcessInstance pi = desk.staff().as("zhengfaDrafter", () -> engine.getFormService().submitStartForm(definitionId,
				Map.of(EnforcementProcess.VAR_TITLE, "跨年的处罚决定", EnforcementProcess.VAR_FORMED_ON, "2026-12-18")));
		ProcessInstance waiting = desk.staff().as("zhengfaDrafter", () -> engine.getFormService().submitStartForm(definitionId,
				Map.of(EnforcementProcess.VAR_TITLE, "跨年的另一项决定", EnforcementProcess.VAR_FORMED_ON, "2026-12-18")));
		Obligation before = obligations.openOfProcess(pi.getId()).get(0);
		// Without 2027's arrangement New Year's Day counts as a working day.
		assertThat(before.due().dueAt()).isEqualTo(OffsetDateTime.parse("2027-01-15T23:59:59+08:00"));
		assertThat(before.due().provisional()).isTrue();
		assertThat(before.due().explanation()).contains("2027 年放假安排尚未公布");
		// A review task created on the last day of 2026 is due on the second working day after it.
		Desk.clockAt("2026-12-31T15:00:00+08:00");
		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, "zhengfa", "跨年的处罚决定");
		Task review = engine.getTaskService()
			.createTaskQuery()
			.processDefinitionKey(ReviewChainProcess.KEY)
			.processInstanceBusinessKey(String.valueOf(before.recordId()))
			.singleResult();
		assertThat(review.getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse("2027-01-04T23:59:59+08:00").toInstant());
		// Their watches start at their reminders, a working day before each due time.
		assertThat(watchStart(EscalationProcess.OBLIGATION, String.valueOf(before.id())))
			.isEqualTo(OffsetDateTime.parse("2027-01-14T23:59:59+08:00").toInstant());
		assertThat(watchStart(EscalationProcess.TASK, review.getId()))
			.isEqualTo(OffsetDateTime.parse("2027-01-01T23:59:59+08:00").toInstant());

		// A test arrangement, not the official 2027 one: New Year's Day off.
		calendar.load(new YearArrangement(2027, "测试用安排", List.of(new YearArrangement.Holiday("元旦",
				LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), List.of()))), "test");

		Obligation after = obligations.get(before.id());
		assertThat(after.due().dueAt()).isEqualTo(OffsetDateTime.parse("2027-01-18T23:59:59+08:00"));
		assertThat(after.due().provisional()).isFalse();
		assertThat(after.due().explanation()).contains("跳过 2027-01-01（元旦）").doesNotContain("尚未公布");
		assertThat(desk.timers(pi)).singleElement()
			.satisfies(job -> assertThat(job.getDuedate().toInstant()).isEqualTo(after.due().dueAt().toInstant()));
		assertThat(desk.task(waiting, ObligationProcess.TASK_EDIT_DRAFT).getDueDate().toInstant())
			.isEqualTo(after.due().dueAt().toInstant());
		assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).singleResult().getDueDate().toInstant())
			.isEqualTo(OffsetDateTime.parse("2027-01-05T23:59:59+08:00").toInstant());
		assertThat(watchStart(EscalationProcess.OBLIGATION, String.valueOf(before.id())))
			.isEqualTo(OffsetDateTime.parse("2027-01-15T23:59:59+08:00").toInstant());
		assertThat(watchStart(EscalationProcess.TASK, review.getId()))
			.isEqualTo(OffsetDateTime.parse("2027-01-04T23:59:59+08:00").toInstant());
	}

	private Instant watchStart(String kind, String id) {
		return engine.getManagementService()
			.createJobQuery()
			.jobId(EscalationProcess.startJobId(kind, id))
			.singleResult()
			.getDuedate()
			.toInstant();
	}

}
