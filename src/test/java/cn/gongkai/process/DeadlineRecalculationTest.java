package cn.gongkai.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.gongkai.calendar.WorkingDayCalendar;
import cn.gongkai.calendar.YearArrangement;
import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.enforcement.EnforcementProcess;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.support.Desk;
import cn.gongkai.support.GongkaiTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A deadline that runs into a year without an arrangement is provisional; when the year's arrangement is loaded, the
 * obligation, its timer and its task follow. (2028 and 2029 stand in for "next year", so that the shipped years and
 * the other tests' years stay untouched.)
 */
@GongkaiTest
class DeadlineRecalculationTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	ObligationService obligations;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	@Test
	void aProvisionalDeadlineIsRecomputedWhenItsYearArrives() {
		calendar.load(new YearArrangement(2028, "测试：2028 年安排", List.of(new YearArrangement.Holiday("元旦",
				LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 3), List.of()))), "test");
		Desk.clockAt("2028-12-20T10:00:00+08:00");
		Desk desk = new Desk(engine);
		String definitionId = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(EnforcementProcess.KEY)
			.latestVersion()
			.singleResult()
			.getId();
		ProcessInstance pi = desk.staff().as("zhengfaDrafter", () -> engine.getFormService().submitStartForm(definitionId,
				Map.of(EnforcementProcess.VAR_TITLE, "跨年的处罚决定", EnforcementProcess.VAR_FORMED_ON, "2028-12-18")));
		Obligation before = obligations.openOfProcess(pi.getId()).get(0);
		// Without 2029's arrangement New Year's Day counts as a working day.
		assertThat(before.due().dueAt()).isEqualTo(OffsetDateTime.parse("2029-01-15T23:59:59+08:00"));
		assertThat(before.due().provisional()).isTrue();
		assertThat(before.due().explanation()).contains("2029 年放假安排尚未公布");

		calendar.load(new YearArrangement(2029, "测试：2029 年安排", List.of(new YearArrangement.Holiday("元旦",
				LocalDate.of(2029, 1, 1), LocalDate.of(2029, 1, 1), List.of()))), "test");

		Obligation after = obligations.get(before.id());
		assertThat(after.due().dueAt()).isEqualTo(OffsetDateTime.parse("2029-01-16T23:59:59+08:00"));
		assertThat(after.due().provisional()).isFalse();
		assertThat(after.due().explanation()).contains("跳过 2029-01-01（元旦）").doesNotContain("尚未公布");
		assertThat(desk.timers(pi)).singleElement()
			.satisfies(job -> assertThat(job.getDuedate().toInstant()).isEqualTo(after.due().dueAt().toInstant()));
		assertThat(desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT).getDueDate().toInstant())
			.isEqualTo(after.due().dueAt().toInstant());
	}

}
