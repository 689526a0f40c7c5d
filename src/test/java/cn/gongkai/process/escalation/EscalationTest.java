package cn.gongkai.process.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.support.Desk;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.support.FaultyMailSender;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.MailServer;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The ladder of docs/design.md §5 over a real SMTP server (GreenMail): each step reaches its recipients once, in Chinese,
 * as the engine's clock passes it; an outage ends in an incident whose retry sends what is still unsent.
 */
@GongkaiTest
class EscalationTest extends RunningApplication {

	static final String DOMAIN = "@gongkai.example";

	@Autowired
	ObligationService obligations;

	@Autowired
	JdbcClient jdbc;

	Desk desk;

	@BeforeEach
	void setUp() {
		desk = new Desk(engine);
		MailServer.purge();
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		MailServer.restartIfStopped();
	}

	@Test
	void eachStepReachesItsRecipientsOnceAsTheClockPassesIt() throws Exception {
		Desk.clockAt("2026-12-07T09:00:00+08:00");
		ProcessInstance pi = scheduled.open("env-quality", "jiance", LocalDate.of(2026, 12, 15));
		long obligation = obligationId(pi);
		String watch = EscalationProcess.businessKey(EscalationProcess.OBLIGATION, String.valueOf(obligation));
		String editTask = desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT).getId();

		// The watch starts when its first step falls due, the reminder at the end of Monday 14 December, one working day
		// before the due time: until then it is one job.
		assertThat(engine.getManagementService().createJobQuery().jobId(startJob(watch)).singleResult().getDuedate())
			.isEqualTo(OffsetDateTime.parse("2026-12-14T23:59:59+08:00").toInstant());
		Desk.clockAt("2026-12-14T23:00:00+08:00");
		desk.runWatch(watch);
		assertThat(MailServer.received()).isEmpty();
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(watch).count())
			.isZero();
		Desk.clockAt("2026-12-15T08:00:00+08:00");
		desk.runWatch(watch);
		// The watch runs and keeps no history of its own (the notification log is its record); the obligation's does.
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(watch).count())
			.isOne();
		assertThat(engine.getManagementService().createJobQuery().jobId(startJob(watch)).count()).isZero();
		assertThat(engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(watch)
			.count()).isZero();
		assertThat(engine.getHistoryService()
			.createHistoricActivityInstanceQuery()
			.processInstanceId(pi.getId())
			.activityId(ObligationProcess.TASK_EDIT_DRAFT)
			.count()).isOne();
		List<MimeMessage> reminder = MailServer.received();
		assertThat(reminder).extracting(MailServer::to).containsExactly("jiancedrafter" + DOMAIN);
		assertThat(MailServer.subject(reminder.get(0))).isEqualTo("【到期提醒】监测处：空气和水环境质量信息：测试义务 env-quality");
		assertThat(MailServer.text(reminder.get(0))).contains("即将到期").contains("截止时间：2026-12-15 23:59")
			.contains("距截止还有 15 小时 59 分钟").contains("/camunda/app/tasklist/default/#/?task=" + editTask);

		MailServer.purge();
		Desk.clockAt("2026-12-16T02:00:00+08:00");
		desk.runWatch(watch);
		List<MimeMessage> escalation = MailServer.received();
		assertThat(escalation).extracting(MailServer::to)
			.containsExactlyInAnyOrder("jiancedrafter" + DOMAIN, "jiancehead" + DOMAIN, "jianceleader" + DOMAIN,
					"supervisor" + DOMAIN);
		MimeMessage toHead = escalation.stream().filter(m -> MailServer.to(m).startsWith("jiancehead")).findFirst().orElseThrow();
		assertThat(MailServer.subject(toHead)).startsWith("【逾期督办】监测处：");
		assertThat(MailServer.text(toHead)).contains("已超过期限").contains("已逾期 2 小时 0 分钟").contains("期限依据：测试期限");
		// One rendering for the step, each copy with its own recipient's name.
		assertThat(escalation).extracting(m -> MailServer.text(m).lines().findFirst().orElse(""))
			.doesNotHaveDuplicates()
			.allMatch(salutation -> salutation.endsWith("：") && salutation.length() > 1 && !salutation.contains("\uE000"));
		assertThat(jdbc.sql("SELECT COUNT(*) FROM gk_breach WHERE subject_kind = 'OBLIGATION' AND subject_id = :id")
			.param("id", String.valueOf(obligation)).query(Long.class).single()).isOne();

		// Three working days after the due time: Friday 18 December.
		MailServer.purge();
		Desk.clockAt("2026-12-19T09:00:00+08:00");
		desk.runWatch(watch);
		assertThat(MailServer.received()).extracting(MailServer::to)
			.containsExactlyInAnyOrder("chief" + DOMAIN, "supervisor" + DOMAIN);
		assertThat(MailServer.received()).allSatisfy(m -> assertThat(MailServer.subject(m)).startsWith("【逾期再次督办】"));

		// Then every working day: Monday 21 December is the first.
		MailServer.purge();
		Desk.clockAt("2026-12-22T09:00:00+08:00");
		desk.runWatch(watch);
		assertThat(MailServer.received()).extracting(MailServer::to)
			.containsExactlyInAnyOrder("jiancedrafter" + DOMAIN, "jiancehead" + DOMAIN);
		assertThat(MailServer.received()).allSatisfy(m -> assertThat(MailServer.subject(m)).startsWith("【每日催办】"));
		// Running the watch again at the same moment sends nothing more.
		desk.runWatch(watch);
		assertThat(MailServer.received()).hasSize(2);

		// After ten days without the system, one daily reminder, not ten.
		MailServer.purge();
		Desk.clockAt("2027-01-05T09:00:00+08:00");
		desk.runWatch(watch);
		assertThat(MailServer.received()).extracting(MailServer::to)
			.containsExactlyInAnyOrder("jiancedrafter" + DOMAIN, "jiancehead" + DOMAIN);
		MailServer.purge();

		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, "jiance", "逾期补报 " + UUID.randomUUID());
		desk.approveAndPublish(pi, "jiance");
		Desk.clockAt("2027-01-06T09:00:00+08:00");
		desk.runWatch(watch);
		assertThat(MailServer.received()).isEmpty();
		assertThat(jdbc.sql("SELECT status FROM gk_notification WHERE subject_kind = 'OBLIGATION' AND subject_id = :id "
				+ "AND email IS NOT NULL").param("id", String.valueOf(obligation)).query(String.class).list())
			.hasSize(11).containsOnly("SENT");
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(watch).count()).isZero();
	}

	@Test
	void anOutageEndsInAnIncidentWhoseRetrySendsAndAPartialFailureResendsOnlyWhatFailed() {
		Desk.clockAt("2026-12-07T09:00:00+08:00");
		ProcessInstance pi = scheduled.open("radiation", "fushe", LocalDate.of(2026, 12, 15));
		String watch = EscalationProcess.businessKey(EscalationProcess.OBLIGATION, String.valueOf(obligationId(pi)));
		desk.runWatch(watch);

		MailServer.stop();
		Desk.clockAt("2026-12-15T08:00:00+08:00");
		// The reminder is the first step: the job that starts the watch sends it, and is retried as the watch's timers.
		Job send = dueTimer(watch);
		assertThat(send.getId()).isEqualTo(startJob(watch));
		assertThatThrownBy(() -> engine.getManagementService().executeJob(send.getId()))
			.hasStackTraceContaining("邮件发送失败");
		Job retried = engine.getManagementService().createJobQuery().jobId(send.getId()).singleResult();
		// One more try for each of the timer's five intervals, the first a minute later (Camunda's own: three at once).
		assertThat(retried.getDuedate()).isEqualTo(OffsetDateTime.parse("2026-12-15T08:01:00+08:00").toInstant());
		assertThat(retried.getRetries()).isEqualTo(5);
		for (int attempt = 0; attempt < 10 && retries(send) > 0; attempt++) {
			assertThatThrownBy(() -> engine.getManagementService().executeJob(send.getId()))
				.hasStackTraceContaining("邮件发送失败");
		}
		var incident = engine.getRuntimeService().createIncidentQuery().configuration(send.getId()).singleResult();
		assertThat(incident).isNotNull();
		assertThat(incident.getIncidentMessage()).contains("邮件发送失败").contains("fusheDrafter");
		// Filed under the escalation process, where Cockpit shows it.
		assertThat(engine.getRepositoryService().getProcessDefinition(incident.getProcessDefinitionId()).getKey())
			.isEqualTo(EscalationProcess.KEY);
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(watch).count())
			.isZero();
		assertThat(status("fusheDrafter", "REMINDER", pi)).isEqualTo("FAILED");

		MailServer.restart();
		// What Cockpit's "retry" does: give the job its retries back.
		engine.getManagementService().setJobRetries(send.getId(), 1);
		engine.getManagementService().executeJob(send.getId());
		assertThat(MailServer.received()).extracting(MailServer::to).containsExactly("fushedrafter" + DOMAIN);
		assertThat(status("fusheDrafter", "REMINDER", pi)).isEqualTo("SENT");

		Desk.clockAt("2026-12-16T02:00:00+08:00");
		FaultyMailSender.failNextTo("fushehead" + DOMAIN);
		Job escalate = dueTimer(watch);
		assertThatThrownBy(() -> engine.getManagementService().executeJob(escalate.getId()))
			.hasStackTraceContaining("fusheHead");
		assertThat(MailServer.received()).hasSize(4);
		engine.getManagementService().executeJob(escalate.getId());
		assertThat(MailServer.received()).extracting(MailServer::to)
			.containsExactlyInAnyOrder("fushedrafter" + DOMAIN, "fushedrafter" + DOMAIN, "fusheleader" + DOMAIN,
					"supervisor" + DOMAIN, "fushehead" + DOMAIN);
	}

	@Test
	void afterAnOutageOneTimerJobSendsEveryStepThatFellDueAndLeavesTheNextTimer() {
		Desk.clockAt("2026-12-07T09:00:00+08:00");
		ProcessInstance pi = scheduled.open("env-quality", "jiance", LocalDate.of(2026, 12, 15));
		String watch = EscalationProcess.businessKey(EscalationProcess.OBLIGATION, String.valueOf(obligationId(pi)));

		// Back on Thursday 17 December: the reminder (Monday) and the escalation (Tuesday) both fell due meanwhile.
		MailServer.purge();
		Desk.clockAt("2026-12-17T09:00:00+08:00");
		engine.getManagementService().executeJob(dueTimer(watch).getId());
		assertThat(MailServer.received()).extracting(m -> MailServer.subject(m).substring(0, 6))
			.containsExactlyInAnyOrder("【到期提醒】", "【逾期督办】", "【逾期督办】", "【逾期督办】", "【逾期督办】");
		String watchId = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(watch)
			.singleResult().getId();
		// The second escalation, three working days after the due time, is still ahead: one timer, not yet due.
		assertThat(engine.getManagementService().createJobQuery().processInstanceId(watchId).list()).singleElement()
			.satisfies(job -> assertThat(job.getDuedate()).isAfter(ClockUtil.getCurrentTime()));
	}

	@Test
	void aReviewTaskHasItsOwnWatchThatEndsWhenTheTaskIsDone() {
		Task review = unitHeadReviewSubmittedOnMonday();
		String watch = EscalationProcess.businessKey(EscalationProcess.TASK, review.getId());

		// Due at the end of Wednesday 9 December; the reminder comes at the end of Tuesday to the unit's heads.
		Desk.clockAt("2026-12-09T08:00:00+08:00");
		desk.runWatch(watch);
		assertThat(MailServer.received()).extracting(MailServer::to).containsExactly("jiancezhanhead" + DOMAIN);
		assertThat(MailServer.subject(MailServer.received().get(0))).startsWith("【到期提醒】监测站：处室负责人审核：监测站周报");
		assertThat(MailServer.text(MailServer.received().get(0))).contains("#/?task=" + review.getId());

		desk.staff().as("jiancezhanHead", () -> {
			engine.getTaskService().claim(review.getId(), "jiancezhanHead");
			engine.getFormService().submitTaskForm(review.getId(),
					java.util.Map.of("reviewDecision", "APPROVE", "reviewComment", "同意"));
		});
		Desk.clockAt("2026-12-10T09:00:00+08:00");
		desk.runWatch(watch);
		assertThat(MailServer.received()).hasSize(1);
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(watch).count()).isZero();
	}

	@Test
	void aReviewDoneBeforeItsFirstStepNeverStartsAWatch() {
		Task review = unitHeadReviewSubmittedOnMonday();
		String watch = EscalationProcess.businessKey(EscalationProcess.TASK, review.getId());
		// Due at the end of Wednesday 9 December: its start is scheduled for the reminder, a working day before.
		Job start = engine.getManagementService().createJobQuery().jobId(startJob(watch)).singleResult();
		assertThat(review.getDueDate()).isEqualTo(OffsetDateTime.parse("2026-12-09T23:59:59+08:00").toInstant());
		assertThat(start.getDuedate()).isEqualTo(OffsetDateTime.parse("2026-12-08T23:59:59+08:00").toInstant());
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(watch).count())
			.isZero();

		desk.staff().as("jiancezhanHead", () -> {
			engine.getTaskService().claim(review.getId(), "jiancezhanHead");
			engine.getFormService().submitTaskForm(review.getId(),
					java.util.Map.of("reviewDecision", "APPROVE", "reviewComment", "同意"));
		});
		Desk.clockAt("2026-12-09T08:00:00+08:00");
		engine.getManagementService().executeJob(start.getId());
		assertThat(MailServer.received()).isEmpty();
		assertThat(engine.getManagementService().createJobQuery().jobId(start.getId()).count()).isZero();
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(watch).count())
			.isZero();
	}

	/** A weekly record of 监测站 submitted on Monday 7 December at 10:00: its unit head's review, due Wednesday. */
	private Task unitHeadReviewSubmittedOnMonday() {
		Desk.clockAt("2026-12-07T10:00:00+08:00");
		ProcessInstance pi = scheduled.open("env-quality", "jiancezhan", LocalDate.of(2026, 12, 15));
		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, "jiancezhan", "监测站周报 " + UUID.randomUUID());
		return engine.getTaskService().createTaskQuery()
			.processInstanceBusinessKey(String.valueOf(obligations.get(obligationId(pi)).recordId()))
			.taskDefinitionKey(ReviewChainProcess.TASK_UNIT_HEAD_REVIEW)
			.singleResult();
	}

	/**
	 * The watch's job that is due now, not yet run: its scheduled start before it has started, then its timer. Running
	 * it sends the step's emails.
	 */
	private Job dueTimer(String watch) {
		var instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(watch)
			.singleResult();
		var jobs = engine.getManagementService().createJobQuery();
		return (instance == null ? jobs.jobId(startJob(watch)) : jobs.processInstanceId(instance.getId())).timers()
			.executable()
			.singleResult();
	}

	private static String startJob(String watch) {
		return EscalationProcess.startJobId(watch);
	}

	private int retries(Job job) {
		return engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult().getRetries();
	}

	private long obligationId(ProcessInstance pi) {
		return ((Number) engine.getRuntimeService().getVariable(pi.getId(), ObligationProcess.VAR_OBLIGATION_ID)).longValue();
	}

	private String status(String recipient, String step, ProcessInstance pi) {
		return jdbc.sql("SELECT status FROM gk_notification WHERE subject_kind = 'OBLIGATION' AND subject_id = :id "
				+ "AND step = :step AND recipient = :recipient")
			.param("id", String.valueOf(obligationId(pi)))
			.param("step", step)
			.param("recipient", recipient)
			.query(String.class)
			.single();
	}

}
