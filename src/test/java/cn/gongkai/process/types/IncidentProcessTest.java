package cn.gongkai.process.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.obligation.ObligationStatus;
import cn.gongkai.process.escalation.EscalationProcess;
import cn.gongkai.process.incident.IncidentProcess;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.ReviewEntry;
import cn.gongkai.record.ReviewLevel;
import cn.gongkai.record.ReviewService;
import cn.gongkai.record.RecordStatus;
import cn.gongkai.support.Desk;
import cn.gongkai.support.MailServer;
import cn.gongkai.support.ProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A sudden incident (第一时间): first release within the hour, an update every 24 hours while it lasts, the
 * investigation result within 20 working days of its conclusion.
 */
@ProcessTest
class IncidentProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	ObligationService obligations;

	@Autowired
	RecordService records;

	@Autowired
	ReviewService reviews;

	@Autowired
	Desk desk;

	@Test
	void mainPathFirstReleaseUpdatesWhileOpenThenTheInvestigationResult() {
		Desk.clockAt("2026-11-28T10:00:00+08:00");
		ProcessInstance pi = register("某化工园区储罐泄漏 " + UUID.randomUUID());
		Obligation first = current(pi);
		assertThat(first.due().dueAt()).isEqualTo(OffsetDateTime.parse("2026-11-28T11:00:00+08:00"));
		assertThat(first.due().explanation()).isEqualTo("登记后1小时内首次发布：自 2026-11-28 10:00 起 1 小时，截止 2026-11-28 11:00");
		BpmnAwareTests.assertThat(pi).isWaitingAt(IncidentProcess.CALL_ACTIVITY_FULFIL_FIRST_RELEASE);
		ProcessInstance firstRelease = desk.fulfilment(pi);
		String editFirst = ObligationProcess.TASK_EDIT_DRAFT;
		assertThat(desk.task(pi, editFirst).getAssignee()).isEqualTo("yingjiDrafter");

		Desk.clockAt("2026-11-28T10:20:00+08:00");
		desk.draft(pi, editFirst, "yingji", "储罐泄漏首次通报");
		// Grade 3 from the catalogue, reviewed expedited: the unit head, then leader and chief at once, then secrecy
		// review: three steps share the 40 minutes left before 11:00, each from the time it gets the record, so that the
		// release meets the hour if every step meets its time.
		var headTask = reviewTask(first, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW);
		assertThat(headTask.getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-28T10:33:20+08:00").toInstant());
		assertThat(headTask.getDescription()).contains("须在 11-28 11:00 前发布").contains("尚需的 3 步审核")
			.contains("分管领导与局主要领导同时审核").contains("本级须在 11-28 10:33 前完成");
		// Its watch starts to remind the head five minutes before 10:33:20, in minutes, not working days.
		assertThat(engine.getManagementService()
			.createJobQuery()
			.jobId(EscalationProcess.startJobId(EscalationProcess.TASK, headTask.getId()))
			.singleResult()
			.getDuedate()
			.toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-28T10:28:20+08:00").toInstant());
		Desk.clockAt("2026-11-28T10:33:00+08:00");
		desk.review(pi, "yingjiHead", Map.of("reviewDecision", "APPROVE"));
		var leaderTask = reviewTask(first, ReviewChainProcess.TASK_LEADER_REVIEW_EXPEDITED);
		var chiefTask = reviewTask(first, ReviewChainProcess.TASK_CHIEF_REVIEW_EXPEDITED);
		assertThat(List.of(leaderTask.getDueDate(), chiefTask.getDueDate())).allSatisfy(
				due -> assertThat(due.toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-28T10:46:30+08:00").toInstant()));
		Desk.clockAt("2026-11-28T10:46:00+08:00");
		desk.review(pi, ReviewChainProcess.TASK_CHIEF_REVIEW_EXPEDITED, "chief", Map.of("reviewDecision", "APPROVE"));
		assertThat(reviewTask(first, ReviewChainProcess.TASK_SECRECY_REVIEW)).as("secrecy review waits for both").isNull();
		Desk.clockAt("2026-11-28T10:46:20+08:00");
		desk.review(pi, ReviewChainProcess.TASK_LEADER_REVIEW_EXPEDITED, "yingjiLeader", Map.of("reviewDecision", "APPROVE"));
		var secrecyTask = reviewTask(first, ReviewChainProcess.TASK_SECRECY_REVIEW);
		assertThat(secrecyTask.getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-28T11:00:00+08:00").toInstant());
		Desk.clockAt("2026-11-28T10:59:00+08:00");
		desk.approveAndPublish(pi, "yingji");
		assertThat(obligations.get(first.id()).closedAt()).isBefore(first.due().dueAt());
		assertThat(obligations.get(first.id()).status()).isEqualTo(ObligationStatus.PUBLISHED);
		String firstReview = engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.superProcessInstanceId(firstRelease.getId())
			.singleResult()
			.getId();
		BpmnAwareTests.assertThat(firstRelease).isEnded().hasPassed(ObligationProcess.TASK_CLOSE_OBLIGATION);
		assertThat(engine.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.processInstanceId(firstReview)
			.activityId(ReviewChainProcess.TASK_CHIEF_REVIEW_EXPEDITED)
			.count()).isOne();
		assertThat(reviews.history(first.recordId())).extracting(ReviewEntry::level)
			.containsExactly(ReviewLevel.UNIT_HEAD, ReviewLevel.CHIEF, ReviewLevel.LEADER, ReviewLevel.SECRECY);

		BpmnAwareTests.assertThat(pi).isWaitingAt(IncidentProcess.CALL_ACTIVITY_FULFIL_UPDATE,
				IncidentProcess.TASK_CONCLUDE_INCIDENT);
		// The person who drafted the first release drafts the updates: the call passes the drafter back.
		assertThat(desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT).getAssignee()).isEqualTo("yingjiDrafter");
		Obligation update1 = current(pi);
		assertThat(update1.due().dueAt()).isEqualTo(OffsetDateTime.parse("2026-11-29T10:00:00+08:00"));
		// 登记事件结束 waits beside the updates, due with the current one (its lateness escalated by the update).
		Task conclude = desk.task(pi, IncidentProcess.TASK_CONCLUDE_INCIDENT);
		assertThat(conclude.getDueDate().toInstant()).isEqualTo(update1.due().dueAt().toInstant());
		assertThat(conclude.getDescription()).contains("截止 2026-11-29 10:00");
		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, "yingji", "泄漏处置进展一");
		// The 24-hour update follows the same rule: 23 hours 1 minute left at 10:59, three steps ahead.
		assertThat(reviewTask(current(pi), ReviewChainProcess.TASK_UNIT_HEAD_REVIEW).getDueDate().toInstant())
			.isEqualTo(OffsetDateTime.parse("2026-11-28T18:39:20+08:00").toInstant());
		desk.approveAndPublish(pi, "yingji");
		Obligation update2 = current(pi);
		assertThat(update2.due().dueAt()).isEqualTo(OffsetDateTime.parse("2026-11-30T10:00:00+08:00"));
		assertThat(desk.task(pi, IncidentProcess.TASK_CONCLUDE_INCIDENT).getDueDate().toInstant())
			.as("moved on with the next update")
			.isEqualTo(update2.due().dueAt().toInstant());

		assertThatThrownBy(() -> desk.complete(pi, IncidentProcess.TASK_CONCLUDE_INCIDENT, "yingjiDrafter",
				Map.of(IncidentProcess.VAR_ENDED, false, IncidentProcess.VAR_INVESTIGATION_DUE_ON, "2026-12-18")))
			.hasMessageContaining("请确认事件已处置结束");
		Desk.clockAt("2026-11-30T08:00:00+08:00");
		// The unit commits to a day for the investigation: required, not past, not a slip of the year.
		assertThatThrownBy(() -> desk.complete(pi, IncidentProcess.TASK_CONCLUDE_INCIDENT, "yingjiDrafter",
				Map.of(IncidentProcess.VAR_ENDED, true))).hasMessageContaining("请填写调查预计完成日期");
		assertThatThrownBy(() -> desk.complete(pi, IncidentProcess.TASK_CONCLUDE_INCIDENT, "yingjiDrafter",
				Map.of(IncidentProcess.VAR_ENDED, true, IncidentProcess.VAR_INVESTIGATION_DUE_ON, "2026-11-29")))
			.hasMessageContaining("调查预计完成日期不能早于今天（2026-11-30）");
		assertThatThrownBy(() -> desk.complete(pi, IncidentProcess.TASK_CONCLUDE_INCIDENT, "yingjiDrafter",
				Map.of(IncidentProcess.VAR_ENDED, true, IncidentProcess.VAR_INVESTIGATION_DUE_ON, "2062/12/18")))
			.hasMessageContaining("调查预计完成日期不能晚于一年之后（2027-11-30）");
		desk.complete(pi, IncidentProcess.TASK_CONCLUDE_INCIDENT, "yingjiDrafter",
				Map.of(IncidentProcess.VAR_ENDED, true, IncidentProcess.VAR_INVESTIGATION_DUE_ON, "2026/12/18"));
		assertThat(obligations.get(update2.id()).status()).isEqualTo(ObligationStatus.CANCELLED);
		assertThat(records.get(update2.recordId()).status()).isEqualTo(RecordStatus.WITHDRAWN);
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId()).count())
			.as("the update's fulfilment and its review end with the incident")
			.isZero();
		BpmnAwareTests.assertThat(pi).hasPassed(IncidentProcess.END_INCIDENT_CONCLUDED, IncidentProcess.TASK_STOP_UPDATES)
			.isWaitingAt(IncidentProcess.TASK_CONCLUDE_INVESTIGATION);
		Task investigationTask = desk.task(pi, IncidentProcess.TASK_CONCLUDE_INVESTIGATION);
		assertThat(investigationTask.getDueDate().toInstant())
			.as("due the day the unit committed to, as typed")
			.isEqualTo(OffsetDateTime.parse("2026-12-18T23:59:59+08:00").toInstant());
		assertThat(investigationTask.getName()).startsWith("登记调查结束：");
		assertThat(investigationTask.getDescription()).contains("调查预计完成日期（登记事件结束时本单位承诺）：截止 2026-12-18");
		MailServer.purge();
		Desk.clockAt("2026-12-19T00:00:01+08:00");
		desk.runWatch(EscalationProcess.businessKey(EscalationProcess.TASK, investigationTask.getId()));
		assertThat(MailServer.received()).extracting(MailServer::subject)
			.anyMatch(subject -> subject.startsWith("【逾期督办】应急中心：登记调查结束："));
		MailServer.purge();

		Desk.clockAt("2026-12-01T09:00:00+08:00");
		assertThatThrownBy(() -> desk.complete(pi, IncidentProcess.TASK_CONCLUDE_INVESTIGATION, "yingjiDrafter",
				Map.of(IncidentProcess.VAR_CONCLUDED_ON, "2026-10-31")))
			.hasMessageContaining("调查结束日期不能早于事件登记日");
		desk.complete(pi, IncidentProcess.TASK_CONCLUDE_INVESTIGATION, "yingjiDrafter",
				Map.of(IncidentProcess.VAR_CONCLUDED_ON, "2026-11-30"));
		Obligation investigation = current(pi);
		assertThat(investigation.due().dueAt()).isEqualTo(OffsetDateTime.parse("2026-12-28T23:59:59+08:00"));
		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, "yingji", "泄漏事件调查报告");
		desk.approveAndPublish(pi, "yingji");

		BpmnAwareTests.assertThat(pi).isEnded().hasPassed(IncidentProcess.END_DONE);
		assertThat(obligations.get(investigation.id()).status()).isEqualTo(ObligationStatus.PUBLISHED);
	}

	@Test
	void deadlinePathTheFirstHourPassesWithoutARelease() {
		Desk.clockAt("2026-11-28T22:30:00+08:00");
		ProcessInstance pi = register("夜间河道死鱼事件 " + UUID.randomUUID());
		Obligation first = current(pi);

		Desk.clockAt("2026-11-28T23:30:01+08:00");
		desk.fire(pi, ObligationProcess.TIMER_OBLIGATION_DUE);
		BpmnAwareTests.assertThat(desk.fulfilment(pi)).hasPassed(ObligationProcess.TASK_RECORD_MISS)
			.isWaitingAt(ObligationProcess.TASK_EDIT_DRAFT);
		BpmnAwareTests.assertThat(pi).isWaitingAt(IncidentProcess.CALL_ACTIVITY_FULFIL_FIRST_RELEASE);
		assertThat(obligations.get(first.id()).missedAt()).isNotNull();
	}

	/** A step that does not act is reminded before its time and escalated at it, both well before the hour passes. */
	@Test
	void aReviewerWhoDoesNotActIsEscalatedBeforeTheHourPasses() {
		MailServer.purge();
		Desk.clockAt("2026-11-28T14:00:00+08:00");
		ProcessInstance pi = register("工业园区废气异常排放 " + UUID.randomUUID());
		Obligation first = current(pi);
		Desk.clockAt("2026-11-28T14:15:00+08:00");
		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, "yingji", "废气异常排放首次通报");
		var headTask = reviewTask(first, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW);
		assertThat(headTask.getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-28T14:30:00+08:00").toInstant());
		String watch = EscalationProcess.businessKey(EscalationProcess.TASK, headTask.getId());

		Desk.clockAt("2026-11-28T14:25:00+08:00");
		desk.runWatch(watch);
		assertThat(MailServer.received()).isNotEmpty().allSatisfy(mail -> {
			assertThat(MailServer.subject(mail)).startsWith("【紧急审核提醒】应急中心：");
			assertThat(MailServer.to(mail)).startsWith("yingjihead");
		});
		MailServer.purge();
		Desk.clockAt("2026-11-28T14:30:00+08:00");
		desk.runWatch(watch);
		assertThat(MailServer.received()).extracting(MailServer::subject).allMatch(subject -> subject.startsWith("【紧急审核超时督办】"));
		assertThat(MailServer.received()).extracting(MailServer::to)
			.anyMatch(to -> to.startsWith("yingjihead"))
			.anyMatch(to -> to.startsWith("yingjileader"));
		assertThat(OffsetDateTime.parse("2026-11-28T14:30:00+08:00")).isBefore(first.due().dueAt());
		MailServer.purge();
	}

	/**
	 * Leader and chief review at once, yet the graded review means what it meant: both must approve before secrecy
	 * review, a return by either ends the other's review, and nobody approves two levels of one record.
	 */
	@Test
	void expeditedLevelsReturnAloneAndKeepFourEyes() {
		desk.staff().ensureUser("yingjiLeaderAndChief", "yingji", "leader", "yingji-leader", "chief");
		Desk.clockAt("2026-11-28T16:00:00+08:00");
		ProcessInstance pi = register("河道油污 " + UUID.randomUUID());
		Obligation first = current(pi);
		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, "yingji", "河道油污首次通报");
		desk.review(pi, "yingjiHead", Map.of("reviewDecision", "APPROVE"));
		desk.review(pi, ReviewChainProcess.TASK_CHIEF_REVIEW_EXPEDITED, "chief",
				Map.of("reviewDecision", "RETURN", "reviewComment", "请补充影响范围"));
		assertThat(desk.reviewChain(pi)).as("the leader's review ends with the chief's return").isNull();
		assertThat(desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT).getAssignee()).isEqualTo("yingjiDrafter");

		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, "yingji", "河道油污首次通报（补充）");
		desk.review(pi, "yingjiHead", Map.of("reviewDecision", "APPROVE"));
		desk.review(pi, ReviewChainProcess.TASK_LEADER_REVIEW_EXPEDITED, "yingjiLeaderAndChief",
				Map.of("reviewDecision", "APPROVE"));
		assertThatThrownBy(() -> desk.review(pi, ReviewChainProcess.TASK_CHIEF_REVIEW_EXPEDITED, "yingjiLeaderAndChief",
				Map.of("reviewDecision", "APPROVE"))).hasMessageContaining("四眼原则");
		Task chiefTask = reviewTask(first, ReviewChainProcess.TASK_CHIEF_REVIEW_EXPEDITED);
		desk.staff().as("yingjiLeaderAndChief", () -> engine.getTaskService().setAssignee(chiefTask.getId(), null));
		desk.review(pi, ReviewChainProcess.TASK_CHIEF_REVIEW_EXPEDITED, "chief", Map.of("reviewDecision", "APPROVE"));
		assertThat(reviewTask(first, ReviewChainProcess.TASK_SECRECY_REVIEW)).isNotNull();
	}

	/** The open review task at {@code taskKey} of the record that answers {@code obligation}. */
	private Task reviewTask(Obligation obligation, String taskKey) {
		return engine.getTaskService()
			.createTaskQuery()
			.processDefinitionKey(ReviewChainProcess.KEY)
			.taskDefinitionKey(taskKey)
			.processInstanceBusinessKey(String.valueOf(obligation.recordId()))
			.singleResult();
	}

	private ProcessInstance register(String title) {
		String definitionId = desk.definitionId(IncidentProcess.KEY);
		return desk.staff().as("yingjiDrafter",
				() -> engine.getFormService().submitStartForm(definitionId, Map.of(IncidentProcess.VAR_TITLE, title)));
	}

	private Obligation current(ProcessInstance pi) {
		return obligations.get(((Number) engine.getRuntimeService()
			.getVariable(pi.getId(), ObligationProcess.VAR_OBLIGATION_ID)).longValue());
	}

}
