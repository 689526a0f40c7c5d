package cn.gongkai.process.types;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.obligation.ObligationStatus;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.record.PublishedRecords;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.RecordStatus;
import cn.gongkai.support.Desk;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.support.ProcessTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The types the schedule opens ({@code env-quality}, {@code radiation}, {@code emission-totals},
 * {@code key-enterprises}, and {@code enforcement}'s cycle): the main path to publication, and the deadline path where
 * the due time passes first.
 */
@ProcessTest
class ScheduledTypesProcessTest extends RunningApplication {

	@Autowired
	ObligationService obligations;

	@Autowired
	RecordService records;

	@Autowired
	PublishedRecords published;

	@Autowired
	Desk desk;

	@ParameterizedTest
	@CsvSource({ "env-quality, jiance, air-quality", "env-quality, jiancezhan, air-quality", "radiation, fushe, radiation",
			"radiation, weifei, radiation", "emission-totals, zongliang, emission-totals",
			"key-enterprises, zongliang, key-enterprises", "enforcement, zhidui, enforcement-basis" })
	void mainPathTheUnitPublishesBeforeTheDueTime(String type, String unit, String section) {
		Desk.clockAt("2026-12-01T09:00:00+08:00");
		ProcessInstance pi = scheduled.open(type, unit, LocalDate.of(2026, 12, 15));
		Obligation obligation = obligationOf(pi);
		assertThat(desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT).getDueDate().toInstant())
			.isEqualTo(OffsetDateTime.parse("2026-12-15T23:59:59+08:00").toInstant());
		assertThat(engine.getTaskService().getIdentityLinksForTask(desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT).getId()))
			.anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(unit + "-drafter"));

		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, unit, "本期信息 " + UUID.randomUUID());
		desk.approveAndPublish(pi, unit);

		BpmnAwareTests.assertThat(pi).isEnded().hasPassed(ObligationProcess.TASK_CLOSE_OBLIGATION, ObligationProcess.END_DONE)
			.hasNotPassed(ObligationProcess.TASK_RECORD_MISS);
		Obligation done = obligations.get(obligation.id());
		assertThat(done.status()).isEqualTo(ObligationStatus.PUBLISHED);
		assertThat(done.missedAt()).isNull();
		assertThat(done.closedAt()).isBefore(done.due().dueAt());
		assertThat(records.get(done.recordId()).status()).isEqualTo(RecordStatus.PUBLISHED);
		assertThat(records.get(done.recordId()).sectionKey()).isEqualTo(section);
		assertThat(records.get(done.recordId()).unitId()).isEqualTo(unit);
		assertThat(published.forRecord(done.recordId())).hasSize(1);
	}

	@ParameterizedTest
	@CsvSource({ "env-quality, jiance", "radiation, fushe", "emission-totals, zongliang", "key-enterprises, zongliang",
			"enforcement, jingkai" })
	void deadlinePathTheMissIsRecordedAndTheWorkGoesOn(String type, String unit) {
		Desk.clockAt("2026-12-14T09:00:00+08:00");
		ProcessInstance pi = scheduled.open(type, unit, LocalDate.of(2026, 12, 15));
		Obligation obligation = obligationOf(pi);
		assertThat(desk.timers(pi)).singleElement()
			.satisfies(job -> assertThat(job.getDuedate().toInstant()).isEqualTo(obligation.due().dueAt().toInstant()));

		Desk.clockAt("2026-12-16T00:00:05+08:00");
		desk.fire(pi, ObligationProcess.TIMER_OBLIGATION_DUE);

		BpmnAwareTests.assertThat(pi).hasPassed(ObligationProcess.TASK_RECORD_MISS, ObligationProcess.END_MISS_RECORDED)
			.isWaitingAt(ObligationProcess.TASK_EDIT_DRAFT);
		Obligation missed = obligations.get(obligation.id());
		assertThat(missed.status()).isEqualTo(ObligationStatus.OPEN);
		assertThat(missed.missedAt()).isNotNull();
		assertThat(missed.isOverdue(OffsetDateTime.parse("2026-12-16T00:00:05+08:00"))).isTrue();

		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, unit, "逾期补报 " + UUID.randomUUID());
		desk.approveAndPublish(pi, unit);
		BpmnAwareTests.assertThat(pi).isEnded();
		Obligation late = obligations.get(obligation.id());
		assertThat(late.status()).isEqualTo(ObligationStatus.PUBLISHED);
		assertThat(late.closedAt()).isAfter(late.due().dueAt());
		assertThat(late.missedAt()).isEqualTo(missed.missedAt());
	}

	private Obligation obligationOf(ProcessInstance pi) {
		long id = ((Number) engine.getRuntimeService().getVariable(pi.getId(), ObligationProcess.VAR_OBLIGATION_ID)).longValue();
		Obligation obligation = obligations.get(id);
		assertThat(obligation.processInstanceId()).isEqualTo(pi.getId());
		return obligation;
	}

}
