package cn.gongkai.process.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.gongkai.application.AnswerType;
import cn.gongkai.application.Application;
import cn.gongkai.application.ApplicationReceipt;
import cn.gongkai.application.ApplicationService;
import cn.gongkai.application.ApplicationStatus;
import cn.gongkai.application.Letter;
import cn.gongkai.application.LetterKind;
import cn.gongkai.application.ReplyLetters;
import cn.gongkai.calendar.WorkingDayCalendar;
import cn.gongkai.calendar.YearArrangement;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.obligation.ObligationStatus;
import cn.gongkai.process.applications.ApplicationsProcess;
import cn.gongkai.process.escalation.EscalationProcess;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.RecordStatus;
import cn.gongkai.support.Applicants;
import cn.gongkai.support.Desk;
import cn.gongkai.support.MailServer;
import cn.gongkai.support.ProcessTest;
import cn.gongkai.support.TestYears;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An application for government information from receipt to the letter, with the statutory clocks on the engine's
 * clock (条例第三十条至第三十三条). November 2026 has no holiday: 20 working days after Monday 2 November end on 30
 * November.
 */
@ProcessTest
class ApplicationsProcessTest {

	private static final String NAME = Applicants.NAME;
	private static final String PHONE = Applicants.PHONE;

	@Autowired
	ProcessEngine engine;

	@Autowired
	ApplicationService applications;

	@Autowired
	ObligationService obligations;

	@Autowired
	RecordService records;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingDayCalendar calendar;

	@Autowired
	Desk desk;

	@Autowired
	Applicants applicants;

	@Test
	void anAnswerInTimeLeavesAsTheLetterEveryReviewApproved() {
		MailServer.purge();
		Desk.clockAt("2026-11-02T09:00:00+08:00");
		ApplicationReceipt receipt = applicants.online();
		ProcessInstance pi = applicants.instance(receipt);
		Task register = desk.task(pi, ApplicationsProcess.TASK_REGISTER);
		assertThat(register.getDueDate().toInstant()).isEqualTo(end("2026-11-03"));
		assertThat(register.getName()).startsWith("确认收到并交办：" + receipt.trackingNo().substring(0, 11));
		String view = engine.getFormService().getTaskFormVariables(register.getId()).get(ApplicationsProcess.VIEW_APPLICATION).toString();
		assertThat(view).contains("2026年本市空气质量").doesNotContain(NAME).doesNotContain(PHONE);
		assertThat(engine.getTaskService().getVariablesLocal(register.getId())).as("the request is not copied onto the task")
			.doesNotContainKey(ApplicationsProcess.VIEW_APPLICATION);
		assertThat(applications.get(receipt.applicationId()).receivedOn()).as("online: received when confirmed").isNull();

		applicants.assign(pi, "zhidui");
		Application assigned = applications.get(receipt.applicationId());
		assertThat(assigned.receivedOn()).isEqualTo(LocalDate.parse("2026-11-02"));
		assertThat(assigned.status()).isEqualTo(ApplicationStatus.HANDLING);
		Task handle = desk.task(pi, ApplicationsProcess.TASK_HANDLE);
		assertThat(handle.getDueDate().toInstant()).isEqualTo(end("2026-11-30"));
		assertThat(handle.getDescription()).contains("自收到申请之日起20个工作日内答复（条例第三十三条）");
		assertThat(engine.getTaskService().getIdentityLinksForTask(handle.getId()))
			.anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("zhidui-drafter"));

		Desk.clockAt("2026-11-10T10:00:00+08:00");
		applicants.answer(pi, "DISCLOSED", null, "现提供2026年本市空气质量月报电子文本。");
		long recordId = applications.get(receipt.applicationId()).answerRecordId();
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.IN_REVIEW);
		desk.approveAndPublish(pi, "zhidui");

		BpmnAwareTests.assertThat(pi).isEnded().hasPassed(ApplicationsProcess.TASK_SEND_ANSWER, ApplicationsProcess.END_ANSWERED);
		Application answered = applications.get(receipt.applicationId());
		assertThat(answered.status()).isEqualTo(ApplicationStatus.ANSWERED);
		assertThat(answered.answeredOn()).isEqualTo(LocalDate.parse("2026-11-10"));
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.APPROVED);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM gk_published_version WHERE record_id = :id").param("id", recordId)
			.query(Long.class).single()).as("an answer is never a published version of the column").isZero();
		Letter letter = only(receipt, LetterKind.ANSWER);
		String approved = records.get(recordId).body();
		assertThat(approved).as("what the reviewers read names no one").startsWith("申请人（查询号 " + receipt.trackingNo() + "）：")
			.doesNotContain(NAME);
		assertThat(letter.body()).isEqualTo(ReplyLetters.addressed(answered, approved))
			.startsWith(NAME + "：")
			.contains("2026年11月2日收到您提出的政府信息公开申请")
			.contains("本机关予以公开")
			.contains("现提供2026年本市空气质量月报电子文本。")
			.contains("第三十六条第（二）项")
			.contains("六十日内依法申请行政复议")
			.contains("六个月内依法向人民法院提起行政诉讼");
		var obligation = obligations.get(answered.obligationId());
		assertThat(obligation.status()).isEqualTo(ObligationStatus.PUBLISHED);
		assertThat(obligation.missedAt()).isNull();
		// The applicant asked to receive it by email: the whole letter goes there, without the secret code.
		assertThat(MailServer.received()).filteredOn(m -> MailServer.to(m).equals("chu@example.cn")).singleElement()
			.satisfies(mail -> {
				assertThat(MailServer.subject(mail)).isEqualTo("【郑州市环境保护局】政府信息公开申请答复书（" + receipt.trackingNo() + "）");
				assertThat(MailServer.text(mail)).contains("全文如下").contains(letter.body().lines().toList().get(1).strip())
					.contains("/apply/track").doesNotContain(receipt.secretCode());
			});
	}

	/** Every answer the Regulations allow goes through review and leaves as its own letter. */
	@ParameterizedTest
	@EnumSource(AnswerType.class)
	void everyAnswerTypeLeavesWithItsLetter(AnswerType type) {
		Desk.clockAt("2026-11-02T09:00:00+08:00");
		ApplicationReceipt receipt = applicants.online();
		ProcessInstance pi = applicants.instance(receipt);
		if (type == AnswerType.STILL_UNCLEAR) {
			applicants.correct(pi, "请写明所需信息的年份", 5);
			applications.correct(receipt.applicationId(), "所需信息为近年的");
		}
		applicants.assign(pi, "jiance");
		Desk.clockAt("2026-11-12T09:00:00+08:00");
		applicants.answer(pi, type.name(), type.needsGround() ? "PROCESS_INFORMATION" : null, "答复说明：" + type.label());
		desk.approveAndPublish(pi, "jiance");
		BpmnAwareTests.assertThat(pi).isEnded().hasPassed(ApplicationsProcess.END_ANSWERED);
		Application answered = applications.get(receipt.applicationId());
		assertThat(answered.answerType()).isEqualTo(type);
		assertThat(only(receipt, LetterKind.ANSWER).body()).contains("答复说明：" + type.label())
			.contains("依据：《中华人民共和国政府信息公开条例》" + type.article())
			.contains(type.needsGround() ? "属于讨论记录、过程稿、磋商信函、请示报告等过程性信息" : "六十日内依法申请行政复议");
	}

	@Test
	void aReturnedOrWithheldAnswerGoesBackToTheUnitAndAWithholdingNamesItsGround() {
		Desk.clockAt("2026-11-02T09:00:00+08:00");
		ApplicationReceipt receipt = applicants.online();
		ProcessInstance pi = applicants.instance(receipt);
		applicants.assign(pi, "zhidui");
		assertThatThrownBy(() -> applicants.answer(pi, "WITHHELD", null, "涉及商业秘密"))
			.hasMessageContaining("“不予公开”须选择不予公开的理由");
		assertThatThrownBy(() -> applicants.answer(pi, "STILL_UNCLEAR", null, "仍不明确"))
			.hasMessageContaining("只有告知补正且已补正的申请");
		assertThatThrownBy(() -> applicants.answer(pi, "NO_SUCH_TYPE", null, "x")).hasMessageContaining("请选择答复类型");
		applicants.answer(pi, "WITHHELD", "THIRD_PARTY", "所申请信息涉及企业商业秘密，经征求意见，第三方不同意公开。");
		long first = applications.get(receipt.applicationId()).answerRecordId();
		desk.review(pi, "zhiduiHead", Map.of(ReviewChainProcess.VAR_REVIEW_DECISION, "RETURN",
				ReviewChainProcess.VAR_REVIEW_COMMENT, "理由请写明第三方名称"));
		BpmnAwareTests.assertThat(pi).isWaitingAt(ApplicationsProcess.TASK_HANDLE);
		applicants.answer(pi, "WITHHELD", "THIRD_PARTY", "所申请信息涉及某某化工有限公司商业秘密，该公司不同意公开。");
		assertThat(applications.get(receipt.applicationId()).answerRecordId()).as("the returned record is revised").isEqualTo(first);
		desk.approveAndPublish(pi, "zhidui");
		assertThat(only(receipt, LetterKind.ANSWER).body()).contains("公开会损害第三方合法权益，本机关不予公开")
			.contains("某某化工有限公司")
			.contains("第三十六条第（三）项、第十五条");
		assertThat(applications.get(receipt.applicationId()).withholdGround()).hasToString("THIRD_PARTY");
	}

	@Test
	void aCorrectionIsAskedOnceAndThePeriodCountsFromTheCorrectedApplication() {
		Desk.clockAt("2026-11-02T09:00:00+08:00");
		ApplicationReceipt receipt = applicants.online();
		ProcessInstance pi = applicants.instance(receipt);
		Desk.clockAt("2026-11-03T09:00:00+08:00");
		applicants.correct(pi, "请写明所需信息的年份和监测点位", 10);
		Application asked = applications.get(receipt.applicationId());
		assertThat(asked.status()).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
		assertThat(asked.correctionDue()).isEqualTo(LocalDate.parse("2026-11-17"));
		assertThat(only(receipt, LetterKind.CORRECTION).body()).contains("请写明所需信息的年份和监测点位")
			.contains("请于2026年11月17日前提交补正后的申请").contains("视为放弃申请");
		BpmnAwareTests.assertThat(pi).isWaitingAt(ApplicationsProcess.GATEWAY_AWAIT_CORRECTION);

		Desk.clockAt("2026-11-09T15:00:00+08:00");
		assertThatThrownBy(() -> applications.correct(receipt.applicationId(), " ")).hasMessageContaining("请填写补正后的申请内容");
		applications.correct(receipt.applicationId(), "2026年1月至10月郑州市各国控点位的PM2.5月均浓度");
		BpmnAwareTests.assertThat(pi).isWaitingAt(ApplicationsProcess.TASK_REGISTER);
		assertThatThrownBy(() -> applicants.correct(pi, "再补正一次", 5)).hasMessageContaining("补正只能一次性告知");
		applicants.assign(pi, "jiance");
		Application corrected = applications.get(receipt.applicationId());
		assertThat(corrected.receivedOn()).isEqualTo(LocalDate.parse("2026-11-03"));
		assertThat(corrected.clockStart()).isEqualTo(LocalDate.parse("2026-11-09"));
		assertThat(applications.answerDue(receipt.applicationId()).dueAt()).isEqualTo(OffsetDateTime.parse("2026-12-07T23:59:59+08:00"));
		assertThat(applications.answerDue(receipt.applicationId()).explanation()).contains("自收到补正后的申请之日起20个工作日内答复");
		applicants.answer(pi, "STILL_UNCLEAR", null, "补正后仍未能确定所需信息。");
		assertThat(applications.get(receipt.applicationId()).answerType()).hasToString("STILL_UNCLEAR");
	}

	@Test
	void aCorrectionLaterThanSevenWorkingDaysAfterReceiptIsRefused() {
		Desk.clockAt("2026-11-12T09:00:00+08:00");
		ApplicationReceipt receipt = applicants.received("NATURAL_PERSON", "POST", "2026-11-02");
		ProcessInstance pi = applicants.instance(receipt);
		assertThatThrownBy(() -> applicants.correct(pi, "请写明年份", 10)).hasMessageContaining("7个工作日内").hasMessageContaining("2026-11-11");
		assertThatThrownBy(() -> applicants.received("NATURAL_PERSON", "POST", "2026-11-13"))
			.hasMessageContaining("收到申请日期不能晚于今天");
		applicants.assign(pi, "zongliang");
		assertThat(applications.answerDue(receipt.applicationId()).dueAt())
			.as("a letter counts from the day it was signed for").isEqualTo(OffsetDateTime.parse("2026-11-30T23:59:59+08:00"));
	}

	@Test
	void notCorrectedInThePeriodTheApplicationIsTreatedAsWithdrawn() {
		Desk.clockAt("2026-11-02T09:00:00+08:00");
		ApplicationReceipt receipt = applicants.online();
		ProcessInstance pi = applicants.instance(receipt);
		applicants.correct(pi, "请写明所需信息的名称", 5);
		Desk.clockAt("2026-11-10T00:00:01+08:00");
		desk.fire(pi, ApplicationsProcess.TIMER_CORRECTION_DUE);
		BpmnAwareTests.assertThat(pi).isEnded().hasPassed(ApplicationsProcess.END_WITHDRAWN);
		assertThat(applications.get(receipt.applicationId()).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(only(receipt, LetterKind.WITHDRAWN).body()).contains("逾期未补正，视为放弃申请").contains("2026年11月9日前补正");
		assertThatThrownBy(() -> applications.correct(receipt.applicationId(), "补正")).hasMessageContaining("不需要补正");
	}

	@Test
	void anExtensionApprovedInTimeMovesTheDueAndTellsTheApplicant() {
		Desk.clockAt("2026-11-02T09:00:00+08:00");
		ApplicationReceipt receipt = applicants.online();
		ProcessInstance pi = applicants.instance(receipt);
		applicants.assign(pi, "zhidui");
		Desk.clockAt("2026-11-25T09:00:00+08:00");
		extend(pi);
		Task approval = desk.task(pi, ApplicationsProcess.TASK_APPROVE_EXTENSION);
		assertThat(approval.getDueDate().toInstant()).isEqualTo(end("2026-11-30"));
		assertThat(engine.getTaskService().getIdentityLinksForTask(approval.getId()))
			.anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("office-unit-head"));
		assertThatThrownBy(() -> desk.complete(pi, ApplicationsProcess.TASK_APPROVE_EXTENSION, "officeHead",
				Map.of(ApplicationsProcess.VAR_EXTENSION_DECISION, "APPROVE", ApplicationsProcess.VAR_EXTENSION_DAYS, 21)))
			.hasMessageContaining("1 至 20 个工作日");
		desk.complete(pi, ApplicationsProcess.TASK_APPROVE_EXTENSION, "officeHead",
				Map.of(ApplicationsProcess.VAR_EXTENSION_DECISION, "APPROVE", ApplicationsProcess.VAR_EXTENSION_DAYS, 20));

		Application extended = applications.get(receipt.applicationId());
		assertThat(extended.extensionDays()).isEqualTo(20);
		assertThat(extended.extensionRequestedBy()).isEqualTo("zhiduiDrafter");
		assertThat(extended.extensionApprovedBy()).isEqualTo("officeHead");
		assertThat(extended.extensionApprovedOn()).isEqualTo(LocalDate.parse("2026-11-25"));
		OffsetDateTime due = OffsetDateTime.parse("2026-12-28T23:59:59+08:00");
		assertThat(obligations.get(extended.obligationId()).due().dueAt()).isEqualTo(due);
		assertThat(answerTimer(pi).getDuedate().toInstant()).as("the timer follows").isEqualTo(due.toInstant());
		assertThat(desk.task(pi, ApplicationsProcess.TASK_HANDLE).getDueDate().toInstant()).isEqualTo(due.toInstant());
		assertThat(only(receipt, LetterKind.EXTENSION).body()).contains("答复期限延长20个工作日")
			.contains("2026年12月28日前作出答复").contains("第三十三条第二款");
		assertThatThrownBy(() -> extend(pi)).hasMessageContaining("已经延长过一次");
	}

	@Test
	void anExtensionAfterTheFirstPeriodIsRefusedAndARefusalLeavesTheDue() {
		Desk.clockAt("2026-11-02T09:00:00+08:00");
		ApplicationReceipt receipt = applicants.online();
		ProcessInstance pi = applicants.instance(receipt);
		applicants.assign(pi, "zhidui");
		Desk.clockAt("2026-11-27T09:00:00+08:00");
		extend(pi);
		desk.complete(pi, ApplicationsProcess.TASK_APPROVE_EXTENSION, "officeHead",
				Map.of(ApplicationsProcess.VAR_EXTENSION_DECISION, "REFUSE"));
		assertThat(applications.get(receipt.applicationId()).extensionDays()).isZero();
		extend(pi);
		Desk.clockAt("2026-12-01T09:00:00+08:00");
		assertThatThrownBy(() -> desk.complete(pi, ApplicationsProcess.TASK_APPROVE_EXTENSION, "officeHead",
				Map.of(ApplicationsProcess.VAR_EXTENSION_DECISION, "APPROVE", ApplicationsProcess.VAR_EXTENSION_DAYS, 10)))
			.as("approved after the first period ended: too late")
			.hasMessageContaining("首次答复期限届满（2026-11-30）前");
		desk.complete(pi, ApplicationsProcess.TASK_APPROVE_EXTENSION, "officeHead",
				Map.of(ApplicationsProcess.VAR_EXTENSION_DECISION, "REFUSE"));
		assertThatThrownBy(() -> extend(pi)).hasMessageContaining("现已超过，不能延长");
		assertThat(applications.answerDue(receipt.applicationId()).dueAt()).isEqualTo(OffsetDateTime.parse("2026-11-30T23:59:59+08:00"));
		assertThat(applications.letters(receipt.applicationId())).isEmpty();
	}

	@Test
	void aThirdPartysDaysDoNotCountTowardsThePeriod() {
		Desk.clockAt("2026-11-02T09:00:00+08:00");
		ApplicationReceipt receipt = applicants.online();
		ProcessInstance pi = applicants.instance(receipt);
		applicants.assign(pi, "zhidui");
		Desk.clockAt("2026-11-05T09:00:00+08:00");
		desk.complete(pi, ApplicationsProcess.TASK_HANDLE, "zhiduiDrafter", Map.of(ApplicationsProcess.VAR_HANDLING_ACTION,
				"CONSULT", ApplicationsProcess.VAR_THIRD_PARTY, "某某化工有限公司", ApplicationsProcess.VAR_CONSULT_MATTERS,
				"是否同意公开贵公司2025年排污许可执行报告"));
		Task opinion = desk.task(pi, ApplicationsProcess.TASK_RECORD_OPINION);
		assertThat(opinion.getDueDate().toInstant()).as("silence is known the working day after the 15th").isEqualTo(end("2026-11-27"));
		assertThat(applications.answerDue(receipt.applicationId()).dueAt())
			.as("while the third party may still answer, its 15 working days are held")
			.isEqualTo(OffsetDateTime.parse("2026-12-21T23:59:59+08:00"));
		assertThat(answerTimer(pi).getDuedate().toInstant()).isEqualTo(OffsetDateTime.parse("2026-12-21T23:59:59+08:00").toInstant());

		Desk.clockAt("2026-11-12T09:00:00+08:00");
		assertThatThrownBy(() -> desk.complete(pi, ApplicationsProcess.TASK_RECORD_OPINION, "zhiduiDrafter",
				Map.of(ApplicationsProcess.VAR_THIRD_PARTY_OPINION, "NO_REPLY"))).hasMessageContaining("届满前不能登记为逾期未提出意见");
		desk.complete(pi, ApplicationsProcess.TASK_RECORD_OPINION, "zhiduiDrafter",
				Map.of(ApplicationsProcess.VAR_THIRD_PARTY_OPINION, "OBJECTS"));
		OffsetDateTime due = OffsetDateTime.parse("2026-12-07T23:59:59+08:00");
		assertThat(applications.answerDue(receipt.applicationId()).dueAt()).as("5 working days stopped").isEqualTo(due);
		assertThat(applications.answerDue(receipt.applicationId()).explanation()).contains("征求第三方意见所需5个工作日不计算在内");
		assertThat(answerTimer(pi).getDuedate().toInstant()).isEqualTo(due.toInstant());
		assertThat(desk.task(pi, ApplicationsProcess.TASK_HANDLE).getDueDate().toInstant()).isEqualTo(due.toInstant());
	}

	/**
	 * After an answer came back from review, the office head's approval is still the office's task: late, it is
	 * escalated to the office, as an application's task, not as the answer's review.
	 */
	@Test
	void aLateApprovalAfterAReturnedAnswerIsEscalatedToTheOffice() {
		MailServer.purge();
		Desk.clockAt("2026-11-02T09:00:00+08:00");
		ProcessInstance pi = applicants.instance(applicants.online());
		applicants.assign(pi, "zhidui");
		applicants.answer(pi, "DISCLOSED", null, "现提供。");
		desk.review(pi, "zhiduiHead", Map.of(ReviewChainProcess.VAR_REVIEW_DECISION, "RETURN",
				ReviewChainProcess.VAR_REVIEW_COMMENT, "请核实"));
		assertThat(engine.getRuntimeService().getVariables(pi.getId())).as("the instance holds no record of its own")
			.doesNotContainKey(ReviewChainProcess.VAR_RECORD_ID);
		Desk.clockAt("2026-11-25T09:00:00+08:00");
		extend(pi);
		Task approval = desk.task(pi, ApplicationsProcess.TASK_APPROVE_EXTENSION);
		Desk.clockAt("2026-12-01T00:00:01+08:00");
		String watch = EscalationProcess.businessKey(EscalationProcess.TASK, approval.getId());
		desk.runWatch(watch);
		assertThat(MailServer.received()).extracting(MailServer::subject)
			.anyMatch(subject -> subject.startsWith("【逾期督办】") && subject.contains("办公室") && subject.contains("审批延期答复"));
		assertThat(MailServer.received()).extracting(MailServer::to).anyMatch(to -> to.startsWith("officehead"));
		assertThat(engine.getRuntimeService().createIncidentQuery()
			.processInstanceId(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(watch)
				.singleResult().getId())
			.count()).as("the watch went on without a failure").isZero();
	}

	@Test
	void badDecisionsAreRefusedAndAnEmptyCompletionRepeatsNothing() {
		Desk.clockAt("2026-11-02T09:00:00+08:00");
		ProcessInstance pi = applicants.instance(applicants.online());
		assertThatThrownBy(() -> applicants.assign(pi, "xuanjiao")).hasMessageContaining("请选择承办单位（掌握该信息的单位）");
		assertThatThrownBy(() -> desk.complete(pi, ApplicationsProcess.TASK_REGISTER, "officeDrafter",
				Map.of(ApplicationsProcess.VAR_REGISTER_DECISION, "CORRECT", ApplicationsProcess.VAR_CORRECTION_MATTERS, "年份",
						ApplicationsProcess.VAR_CORRECTION_DAYS, 4294967306L)))
			.as("a number past an int is not taken for 10").hasMessageContaining("1 至 30 个工作日");
		applicants.assign(pi, "zhidui");
		desk.complete(pi, ApplicationsProcess.TASK_HANDLE, "zhiduiDrafter", Map.of(ApplicationsProcess.VAR_HANDLING_ACTION,
				"CONSULT", ApplicationsProcess.VAR_THIRD_PARTY, "某公司", ApplicationsProcess.VAR_CONSULT_MATTERS, "是否同意公开"));
		desk.complete(pi, ApplicationsProcess.TASK_RECORD_OPINION, "zhiduiDrafter",
				Map.of(ApplicationsProcess.VAR_THIRD_PARTY_OPINION, "AGREES"));
		assertThatThrownBy(() -> desk.complete(pi, ApplicationsProcess.TASK_HANDLE, "zhiduiDrafter", Map.of()))
			.as("the consultation chosen before is not chosen again").hasMessageContaining("请选择办理方式");
		Desk.clockAt("2026-12-01T09:00:00+08:00");
		assertThatThrownBy(() -> desk.complete(pi, ApplicationsProcess.TASK_HANDLE, "zhiduiDrafter",
				Map.of(ApplicationsProcess.VAR_HANDLING_ACTION, "CONSULT", ApplicationsProcess.VAR_THIRD_PARTY, "另一公司",
						ApplicationsProcess.VAR_CONSULT_MATTERS, "是否同意公开")))
			.as("a lapsed period is not stopped afterwards").hasMessageContaining("答复期限已于2026-11-30届满");
	}

	/** Received before New Year with 2027's arrangement not yet published: the due day follows when it is. */
	@Test
	void anAnswerDueInAYearWithoutItsArrangementFollowsWhenTheYearArrives() {
		assertThat(calendar.hasYear(2027)).as("no 2027 arrangement ships yet; this test loads its own").isFalse();
		try {
			Desk.clockAt("2026-12-18T10:00:00+08:00");
			ApplicationReceipt receipt = applicants.online();
			ProcessInstance pi = applicants.instance(receipt);
			applicants.assign(pi, "zhidui");
			assertThat(applications.answerDue(receipt.applicationId()).dueAt())
				.as("New Year's Day counted as a working day until the arrangement says otherwise")
				.isEqualTo(OffsetDateTime.parse("2027-01-15T23:59:59+08:00"));
			assertThat(applications.answerDue(receipt.applicationId()).provisional()).isTrue();

			Desk.clockAt("2026-12-31T10:00:00+08:00");
			ProcessInstance arrivedOnNewYearsEve = applicants.instance(applicants.online());
			assertThat(desk.task(arrivedOnNewYearsEve, ApplicationsProcess.TASK_REGISTER).getDueDate().toInstant())
				.isEqualTo(end("2027-01-01"));

			calendar.load(new YearArrangement(2027, "测试用安排", List.of(new YearArrangement.Holiday("元旦",
					LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), List.of()))), "test");
			Task register = desk.task(arrivedOnNewYearsEve, ApplicationsProcess.TASK_REGISTER);
			assertThat(register.getDueDate().toInstant()).as("the office's task follows too").isEqualTo(end("2027-01-04"));
			assertThat(register.getDescription()).contains("跳过 2027-01-01（元旦）").doesNotContain("尚未公布");
			OffsetDateTime due = OffsetDateTime.parse("2027-01-18T23:59:59+08:00");
			long obligationId = applications.get(receipt.applicationId()).obligationId();
			assertThat(obligations.get(obligationId).due().dueAt()).isEqualTo(due);
			assertThat(obligations.get(obligationId).due().explanation()).contains("跳过 2027-01-01（元旦）");
			assertThat(answerTimer(pi).getDuedate().toInstant()).as("the timer follows").isEqualTo(due.toInstant());
			assertThat(desk.task(pi, ApplicationsProcess.TASK_HANDLE).getDueDate().toInstant()).isEqualTo(due.toInstant());
		}
		finally {
			TestYears.remove(jdbc, 2027);
		}
	}

	@Test
	void theAnswerPeriodRunningOutIsRecordedAndEscalated() {
		MailServer.purge();
		Desk.clockAt("2026-11-02T09:00:00+08:00");
		ApplicationReceipt receipt = applicants.online();
		ProcessInstance pi = applicants.instance(receipt);
		applicants.assign(pi, "zhidui");
		long obligationId = applications.get(receipt.applicationId()).obligationId();
		Desk.clockAt("2026-12-01T00:00:01+08:00");
		desk.fire(pi, ApplicationsProcess.TIMER_ANSWER_DUE);
		BpmnAwareTests.assertThat(pi).hasPassed(ApplicationsProcess.TASK_RECORD_MISS).isWaitingAt(ApplicationsProcess.TASK_HANDLE);
		assertThat(obligations.get(obligationId).missedAt()).isNotNull();
		desk.runWatch(EscalationProcess.businessKey(EscalationProcess.OBLIGATION, String.valueOf(obligationId)));
		assertThat(MailServer.received()).extracting(MailServer::subject)
			.anyMatch(subject -> subject.startsWith("【逾期督办】") && subject.contains("依申请公开答复"));
		assertThat(MailServer.received()).extracting(MailServer::to).anyMatch(to -> to.startsWith("zhiduihead"));
		assertThat(MailServer.received()).extracting(MailServer::subject).noneMatch(subject -> subject.contains(NAME));
	}

	private void extend(ProcessInstance pi) {
		desk.complete(pi, ApplicationsProcess.TASK_HANDLE, "zhiduiDrafter", Map.of(ApplicationsProcess.VAR_HANDLING_ACTION,
				ApplicationsProcess.EXTEND, ApplicationsProcess.VAR_EXTENSION_REASON, "所需信息分散在多个监察大队，需要汇总核对"));
	}

	private Job answerTimer(ProcessInstance pi) {
		return engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
			.activityId(ApplicationsProcess.TIMER_ANSWER_DUE).singleResult();
	}

	private Letter only(ApplicationReceipt receipt, LetterKind kind) {
		List<Letter> letters = applications.letters(receipt.applicationId()).stream().filter(l -> l.kind() == kind).toList();
		assertThat(letters).hasSize(1);
		return letters.get(0);
	}

	private static java.time.Instant end(String day) {
		return OffsetDateTime.parse(day + "T23:59:59+08:00").toInstant();
	}

}
