package cn.gongkai.process.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.gongkai.obligation.DueRules;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.support.Desk;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.MailServer;
import cn.gongkai.support.SecondNode;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two engine nodes on one PostgreSQL race over the jobs of 500 overdue obligations, each node executing every job it
 * sees, with no job executor lock to keep them apart: every escalation email still arrives exactly once.
 */
@GongkaiTest
class EscalationClusterTest {

	static final int OBLIGATIONS = 500;
	static final List<String> RECIPIENTS = List.of("jidongchedrafter@gongkai.example", "jidongchehead@gongkai.example",
			"jidongcheleader@gongkai.example", "supervisor@gongkai.example");

	@Autowired
	ProcessEngine engine;

	@Autowired
	ObligationService obligations;

	@Autowired
	DueRules dueRules;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyEscalationOfFiveHundredOverdueObligationsArrivesExactlyOnce() throws Exception {
		Desk.clockAt("2032-03-01T09:00:00+08:00");
		Set<String> subjects = new HashSet<>();
		for (int i = 0; i < OBLIGATIONS; i++) {
			subjects.add(String.valueOf(obligations.openForEvent("enforcement", "jidongche", "cluster-" + UUID.randomUUID(),
					"机动车执法结果 " + i, dueRules.fixedDay(LocalDate.of(2032, 3, 3), "测试期限")).orElseThrow().id()));
		}
		// Each watch starts when its first step falls due: until then a scheduled start per obligation.
		assertThat(engine.getManagementService()
			.createJobQuery()
			.timers()
			.list()
			.stream()
			.map(Job::getId)
			.filter(startJobs(subjects)::contains)).hasSize(OBLIGATIONS);
		MailServer.purge();

		// Thursday, the day after the due day: the escalation is due, the second escalation is not yet.
		Desk.clockAt("2032-03-04T00:10:00+08:00");
		try (SecondNode second = SecondNode.start()) {
			List<ManagementService> nodes = List.of(engine.getManagementService(),
					second.bean(ProcessEngine.class).getManagementService());
			ExecutorService pool = Executors.newFixedThreadPool(4);
			for (int round = 0; round < 10; round++) {
				List<String> due = dueJobs(subjects);
				if (due.isEmpty()) {
					break;
				}
				List<Future<?>> runs = new ArrayList<>();
				for (int worker = 0; worker < 4; worker++) {
					ManagementService node = nodes.get(worker % 2);
					List<String> order = new ArrayList<>(due);
					Collections.shuffle(order);
					runs.add(pool.submit(() -> order.forEach(job -> {
						try {
							node.executeJob(job);
						}
						catch (RuntimeException lostTheRace) {
							// Another worker executed this job first (optimistic locking), or holds its email right now.
						}
					})));
				}
				for (Future<?> run : runs) {
					run.get(5, TimeUnit.MINUTES);
				}
			}
			pool.shutdown();
			assertThat(dueJobs(subjects)).isEmpty();
		}

		Map<String, List<String>> byNotification = new HashMap<>();
		for (MimeMessage message : MailServer.received()) {
			String id = message.getHeader("X-Gongkai-Notification")[0];
			byNotification.computeIfAbsent(id, k -> new ArrayList<>()).add(MailServer.to(message));
		}
		assertThat(byNotification).as(() -> "emails about other subjects: " + others(byNotification.keySet(), subjects)
				+ " history: " + history(others(byNotification.keySet(), subjects)))
			.hasSize(OBLIGATIONS * RECIPIENTS.size());
		assertThat(byNotification.values()).allSatisfy(to -> assertThat(to).hasSize(1));
		assertThat(byNotification.values().stream().map(to -> to.get(0)))
			.containsOnlyElementsOf(RECIPIENTS)
			.filteredOn(RECIPIENTS.get(0)::equals)
			.hasSize(OBLIGATIONS);
		assertThat(jdbc.sql("""
				SELECT COUNT(*) FROM gk_notification WHERE subject_kind = 'OBLIGATION' AND step = 'ESCALATION'
				AND status = 'SENT' AND unit_id = 'jidongche' AND created_at >= :since""")
			.param("since", java.time.OffsetDateTime.parse("2032-03-04T00:00:00+08:00"))
			.query(Long.class)
			.single()).isEqualTo((long) OBLIGATIONS * RECIPIENTS.size());
		assertThat(jdbc.sql("SELECT COUNT(*) FROM gk_breach WHERE unit_id = 'jidongche' AND due_at = :due")
			.param("due", java.time.OffsetDateTime.parse("2032-03-03T23:59:59+08:00"))
			.query(Long.class)
			.single()).isEqualTo(OBLIGATIONS);
	}

	private String history(List<String> rows) {
		StringBuilder out = new StringBuilder();
		for (String row : rows) {
			String subject = row.split(":")[2];
			// A watch keeps no history: what is left of it is its instance, if still running, and its jobs.
			var watch = engine.getRuntimeService().createProcessInstanceQuery()
				.processInstanceBusinessKey(EscalationProcess.OBLIGATION + ":" + subject).singleResult();
			if (watch == null) {
				out.append(subject).append(" ended; ");
				continue;
			}
			engine.getRuntimeService().getActiveActivityIds(watch.getId())
				.forEach(a -> out.append(subject).append(" at ").append(a).append("; "));
			engine.getManagementService().createJobQuery().processInstanceId(watch.getId()).list()
				.forEach(j -> out.append("job ").append(j.getDuedate()).append(" retries ").append(j.getRetries()).append("; "));
		}
		return out.toString();
	}

	/** For a failure message: the emails that are not escalations of this test's obligations. */
	private List<String> others(Set<String> notificationIds, Set<String> subjects) {
		return jdbc.sql("""
				SELECT id || ':' || subject_kind || ':' || subject_id || ':' || step || ':' || recipient || ':' || status
				FROM gk_notification WHERE id IN (:ids) AND (subject_id NOT IN (:subjects) OR step <> 'ESCALATION')""")
			.param("ids", notificationIds.stream().map(Long::valueOf).toList())
			.param("subjects", subjects)
			.query(String.class)
			.list();
	}

	/** The jobs of the obligations' watches that are due: their scheduled starts, then the started watches' timers. */
	private List<String> dueJobs(Set<String> subjects) {
		Set<String> starts = startJobs(subjects);
		Set<String> watches = new HashSet<>();
		engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(EscalationProcess.KEY)
			.list()
			.stream()
			.filter(pi -> pi.getBusinessKey().startsWith(EscalationProcess.OBLIGATION + ":")
					&& subjects.contains(pi.getBusinessKey().substring(EscalationProcess.OBLIGATION.length() + 1)))
			.forEach(pi -> watches.add(pi.getId()));
		return engine.getManagementService()
			.createJobQuery()
			.executable()
			.list()
			.stream()
			.filter(job -> starts.contains(job.getId()) || watches.contains(job.getProcessInstanceId()))
			.map(Job::getId)
			.toList();
	}

	private static Set<String> startJobs(Set<String> subjects) {
		Set<String> ids = new HashSet<>();
		subjects.forEach(subject -> ids.add(EscalationProcess.startJobId(EscalationProcess.OBLIGATION, subject)));
		return ids;
	}

}
