package cn.gongkai.process.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.obligation.ObligationStatus;
import cn.gongkai.process.enforcement.EnforcementProcess;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.record.RecordService;
import cn.gongkai.support.Desk;
import cn.gongkai.support.ProcessTest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An enforcement result is formed; its publication is due 20 working days later (条例第二十六条). */
@ProcessTest
class EnforcementProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	ObligationService obligations;

	@Autowired
	RecordService records;

	@Autowired
	Desk desk;

	@Test
	void mainPathAResultFormedBeforeMayDayIsDueAfterTheHolidayAndIsPublished() {
		Desk.clockAt("2026-05-06T10:00:00+08:00");
		ProcessInstance pi = start("zhengfaDrafter", "对某化工企业超标排放的行政处罚决定", "2026-04-30");

		Obligation obligation = obligationOf(pi);
		assertThat(obligation.unitId()).isEqualTo("zhengfa");
		assertThat(obligation.due().dueAt()).isEqualTo(OffsetDateTime.parse("2026-06-01T23:59:59+08:00"));
		assertThat(obligation.due().explanation())
			.isEqualTo("执法结果自形成之日起20个工作日内公开：自 2026-04-30 起 20 个工作日，截止 2026-06-01：跳过 2026-05-01..05（劳动节），计入 2026-05-09（调休）");
		// The initiator drafts; the record carries the result's name.
		assertThat(desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT).getAssignee()).isEqualTo("zhengfaDrafter");
		assertThat(desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT).getDescription())
			.isEqualTo("对某化工企业超标排放的行政处罚决定。期限：" + obligation.due().explanation());
		assertThat(records.get(obligation.recordId()).title()).isEqualTo("对某化工企业超标排放的行政处罚决定");

		// The record is the result's: it cannot have been generated before the result was formed.
		Map<String, Object> early = new java.util.HashMap<>(withSection("enforcement-results"));
		early.put("dateFormed", "2026-04-29");
		assertThatThrownBy(() -> desk.complete(pi, ObligationProcess.TASK_EDIT_DRAFT, "zhengfaDrafter", early))
			.hasMessageContaining("生成日期不能早于所依据事项的日期（2026-04-30）");
		desk.complete(pi, ObligationProcess.TASK_EDIT_DRAFT, "zhengfaDrafter", withSection("enforcement-results"));
		desk.approveAndPublish(pi, "zhengfa");

		BpmnAwareTests.assertThat(pi).isEnded().hasPassed(EnforcementProcess.TASK_OPEN_RESULT_OBLIGATION,
				ObligationProcess.END_DONE);
		assertThat(obligations.get(obligation.id()).status()).isEqualTo(ObligationStatus.PUBLISHED);
		assertThat(records.get(obligation.recordId()).sectionKey()).isEqualTo("enforcement-results");
	}

	@Test
	void deadlinePathTheTwentiethWorkingDayPassesUnpublished() {
		Desk.clockAt("2026-09-25T10:00:00+08:00");
		ProcessInstance pi = start("weifeiDrafter", "危险废物违法转移案查处结果 " + UUID.randomUUID(), "2026-09-24");
		Obligation obligation = obligationOf(pi);
		// 20 working days from 24 September: over Mid-Autumn and National Day, counting Saturday 10 October.
		assertThat(obligation.due().dueAt()).isEqualTo(OffsetDateTime.parse("2026-10-29T23:59:59+08:00"));

		Desk.clockAt("2026-10-30T00:00:01+08:00");
		desk.fire(pi, ObligationProcess.TIMER_OBLIGATION_DUE);

		BpmnAwareTests.assertThat(desk.fulfilment(pi)).hasPassed(ObligationProcess.TASK_RECORD_MISS)
			.isWaitingAt(ObligationProcess.TASK_EDIT_DRAFT);
		assertThat(obligations.get(obligation.id()).missedAt()).isNotNull();
	}

	@Test
	void badInputIsRefusedInChineseAndStartsNothing() {
		Desk.clockAt("2026-05-06T10:00:00+08:00");
		long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EnforcementProcess.KEY).count();
		assertThatThrownBy(() -> start("zhiduiDrafter", "未来的处罚", "2026-05-07")).hasMessageContaining("不能晚于今天");
		assertThatThrownBy(() -> start("zhiduiDrafter", "  ", "2026-05-01")).hasMessageContaining("请填写执法结果名称");
		assertThatThrownBy(() -> start("zhiduiDrafter", "日期错误", "五月一日")).hasMessageContaining("无法识别");
		assertThatThrownBy(() -> start("jianceDrafter", "越权登记", "2026-05-01")).isInstanceOf(AuthorizationException.class);
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EnforcementProcess.KEY).count())
			.isEqualTo(before);
	}

	private ProcessInstance start(String drafter, String title, String formedOn) {
		String definitionId = desk.definitionId(EnforcementProcess.KEY);
		return desk.staff().as(drafter, () -> engine.getFormService().submitStartForm(definitionId,
				Map.of(EnforcementProcess.VAR_TITLE, title, EnforcementProcess.VAR_FORMED_ON, formedOn)));
	}

	private Obligation obligationOf(ProcessInstance pi) {
		return obligations.get(((Number) engine.getRuntimeService()
			.getVariable(pi.getId(), ObligationProcess.VAR_OBLIGATION_ID)).longValue());
	}

	static Map<String, Object> withSection(String section) {
		var form = new java.util.HashMap<>(cn.gongkai.support.Staff.draft("执法信息 " + UUID.randomUUID(), false, false));
		form.put("section", section);
		return form;
	}

}
