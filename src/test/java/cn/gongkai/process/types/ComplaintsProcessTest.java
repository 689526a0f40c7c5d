package cn.gongkai.process.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.obligation.ObligationStatus;
import cn.gongkai.process.complaints.ComplaintsProcess;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.record.RecordService;
import cn.gongkai.process.escalation.EscalationProcess;
import cn.gongkai.support.Desk;
import cn.gongkai.support.MailServer;
import cn.gongkai.support.ProcessTest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 信访处 registers a complaint, a unit handles it, and the result is published within 20 working days of conclusion. */
@ProcessTest
class ComplaintsProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	ObligationService obligations;

	@Autowired
	RecordService records;

	@Autowired
	Desk desk;

	@Test
	void mainPathTheHandlingUnitPublishesTheResult() {
		Desk.clockAt("2026-11-02T09:00:00+08:00");
		ProcessInstance pi = register("群众反映某小区附近餐饮油烟扰民 " + UUID.randomUUID(), "zhidui");
		BpmnAwareTests.assertThat(pi).isWaitingAt(ComplaintsProcess.TASK_HANDLE_COMPLAINT);
		assertThat(engine.getTaskService().getIdentityLinksForTask(desk.task(pi, ComplaintsProcess.TASK_HANDLE_COMPLAINT).getId()))
			.anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("zhidui-drafter"));
		// No obligation yet: the 20 working days run from the conclusion.
		assertThat(obligations.openOfProcess(pi.getId())).isEmpty();

		Desk.clockAt("2026-11-20T16:00:00+08:00");
		desk.complete(pi, ComplaintsProcess.TASK_HANDLE_COMPLAINT, "zhiduiDrafter",
				Map.of(ComplaintsProcess.VAR_CONCLUDED_ON, "2026-11-20"));
		Obligation obligation = obligations.openOfProcess(pi.getId()).get(0);
		assertThat(obligation.unitId()).isEqualTo("zhidui");
		assertThat(obligation.due().dueAt()).isEqualTo(OffsetDateTime.parse("2026-12-18T23:59:59+08:00"));
		assertThat(records.get(obligation.recordId()).sectionKey()).isEqualTo("complaints");

		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, "zhidui", "油烟扰民投诉处理结果 " + UUID.randomUUID());
		desk.approveAndPublish(pi, "zhidui");
		BpmnAwareTests.assertThat(pi).isEnded().hasPassed(ObligationProcess.END_DONE);
		assertThat(obligations.get(obligation.id()).status()).isEqualTo(ObligationStatus.PUBLISHED);
	}

	@Test
	void deadlinePathTheResultIsLate() {
		Desk.clockAt("2026-11-02T09:00:00+08:00");
		ProcessInstance pi = register("群众反映夜间施工噪声 " + UUID.randomUUID(), "xinfang");
		desk.complete(pi, ComplaintsProcess.TASK_HANDLE_COMPLAINT, "xinfangDrafter",
				Map.of(ComplaintsProcess.VAR_CONCLUDED_ON, "2026-11-02"));
		Obligation obligation = obligations.openOfProcess(pi.getId()).get(0);

		Desk.clockAt("2026-12-01T00:00:01+08:00");
		desk.fire(pi, ObligationProcess.TIMER_OBLIGATION_DUE);
		BpmnAwareTests.assertThat(desk.fulfilment(pi)).hasPassed(ObligationProcess.TASK_RECORD_MISS)
			.isWaitingAt(ObligationProcess.TASK_EDIT_DRAFT);
		assertThat(obligations.get(obligation.id()).missedAt()).isNotNull();
	}

	@Test
	void onlyXinfangRegistersAndOnlyToAResponsibleUnit() {
		Desk.clockAt("2026-11-02T09:00:00+08:00");
		assertThatThrownBy(() -> register("交给监测处", "jiance")).hasMessageContaining("请选择承办单位");
		assertThatThrownBy(() -> register("", "zhidui")).hasMessageContaining("请填写投诉事项");
		String definitionId = definitionId();
		assertThatThrownBy(() -> desk.staff().as("zhiduiDrafter", () -> engine.getFormService()
			.submitStartForm(definitionId, Map.of(ComplaintsProcess.VAR_TITLE, "越权", ComplaintsProcess.VAR_HANDLING_UNIT,
					"zhidui")))).isInstanceOf(AuthorizationException.class);
	}

	@Test
	void aConclusionDayInTheFutureOrBeforeTheRegistrationIsRefusedAndTheTaskStays() {
		Desk.clockAt("2026-11-02T09:00:00+08:00");
		ProcessInstance pi = register("群众反映河道异味 " + UUID.randomUUID(), "jingkai");
		assertThatThrownBy(() -> desk.complete(pi, ComplaintsProcess.TASK_HANDLE_COMPLAINT, "jingkaiDrafter",
				Map.of(ComplaintsProcess.VAR_CONCLUDED_ON, "2026-11-03"))).hasMessageContaining("不能晚于今天");
		assertThatThrownBy(() -> desk.complete(pi, ComplaintsProcess.TASK_HANDLE_COMPLAINT, "jingkaiDrafter",
				Map.of(ComplaintsProcess.VAR_CONCLUDED_ON, "2026-11-01")))
			.as("a case is not concluded before it was registered")
			.hasMessageContaining("办结日期不能早于投诉登记日（2026-11-02）");
		BpmnAwareTests.assertThat(pi).isWaitingAt(ComplaintsProcess.TASK_HANDLE_COMPLAINT);
		assertThat(obligations.openOfProcess(pi.getId())).isEmpty();
	}

	/** 信访处 hands a report on within a working day, the unit concludes within twenty; both are watched. */
	@Test
	void aCasesOwnStepsAreDueNamedAndEscalated() {
		MailServer.purge();
		Desk.clockAt("2026-11-02T09:00:00+08:00");
		String title = "夜间工地噪声扰民 " + UUID.randomUUID();
		ProcessInstance reported = engine.getRuntimeService()
			.createMessageCorrelation(ComplaintsProcess.MESSAGE_REPORTED)
			.setVariable(ComplaintsProcess.VAR_REPORT_ID, -1L)
			.setVariable(ComplaintsProcess.VAR_TITLE, title)
			.correlateStartMessage();
		Task dispatch = desk.task(reported, ComplaintsProcess.TASK_DISPATCH_REPORT);
		assertThat(dispatch.getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-03T23:59:59+08:00").toInstant());
		assertThat(dispatch.getName()).isEqualTo("交办承办单位：" + title.substring(0, 11) + "…");
		assertThat(dispatch.getDescription()).contains(title).contains("信访处收到举报后1个工作日内交办承办单位");

		Desk.clockAt("2026-11-04T00:00:01+08:00");
		desk.runWatch(EscalationProcess.businessKey(EscalationProcess.TASK, dispatch.getId()));
		// The watch caught up at once: the reminder that fell due the day before, and the escalation at the due time.
		assertThat(MailServer.received()).extracting(MailServer::subject)
			.allMatch(subject -> subject.contains("信访处：交办承办单位：夜间工地噪声扰民"))
			.anyMatch(subject -> subject.startsWith("【到期提醒】"))
			.anyMatch(subject -> subject.startsWith("【逾期督办】"));
		assertThat(MailServer.received()).extracting(MailServer::to).anyMatch(to -> to.startsWith("xinfanghead"));
		engine.getRuntimeService().deleteProcessInstance(reported.getId(), "test");
		MailServer.purge();

		Desk.clockAt("2026-11-02T09:00:00+08:00");
		ProcessInstance registered = register("餐饮油烟 " + UUID.randomUUID(), "zhidui");
		Task handling = desk.task(registered, ComplaintsProcess.TASK_HANDLE_COMPLAINT);
		assertThat(handling.getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-30T23:59:59+08:00").toInstant());
		assertThat(handling.getName()).startsWith("调查处理并办结：餐饮油烟");
		assertThat(handling.getDescription()).contains("承办单位自交办之日起20个工作日内调查处理并办结");
		assertThat(engine.getManagementService()
			.createJobQuery()
			.jobId(EscalationProcess.startJobId(EscalationProcess.TASK, handling.getId()))
			.count()).as("the handling's watch, scheduled to start").isOne();
	}

	private ProcessInstance register(String title, String handlingUnit) {
		String definitionId = definitionId();
		return desk.staff().as("xinfangDrafter", () -> engine.getFormService().submitStartForm(definitionId,
				Map.of(ComplaintsProcess.VAR_TITLE, title, ComplaintsProcess.VAR_HANDLING_UNIT, handlingUnit)));
	}

	private String definitionId() {
		return desk.definitionId(ComplaintsProcess.KEY);
	}

}
