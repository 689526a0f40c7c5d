package cn.gongkai.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import cn.gongkai.GongkaiApplication;
import cn.gongkai.obligation.DueRules;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.escalation.EscalationProcess;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.process.obligation.ScheduledStarts;
import cn.gongkai.support.ClusterNode;
import cn.gongkai.support.EmbeddedPostgres;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.MailServer;
import cn.gongkai.support.SmtpGate;
import cn.gongkai.support.Staff;
import cn.gongkai.support.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes of the application on one PostgreSQL database of their own, each with its job executor, each sending
 * through the real SMTP server: one in this JVM, one in a JVM of its own. While staff move records through both
 * nodes' REST APIs and 200 obligations fall overdue at once, the second node is killed ({@code SIGKILL}) in the
 * middle of sending. The first node takes over the dead node's jobs when their locks expire. Afterwards every record
 * is published once, every email due was delivered exactly once, and no job is left locked.
 *
 * <p>The node is killed while it holds jobs and has emails claimed on which its sending threads wait for the mail
 * server ({@link SmtpGate}). It is not killed between the mail server's acceptance of an email and the node's record
 * of it: no system can tell, after such a crash, whether that email went out (see docs/operations.md, "Cluster").
 */
@Tag(GongkaiTest.APPLICATION)
class ClusterFaultTest {

	static final int OVERDUE = 200;
	static final int RECORDS = 12;
	static final int RECIPIENTS_PER_ESCALATION = 4;
	static final Duration LOCK = Duration.ofSeconds(20);
	static final String ADMIN_PASSWORD = "Qx7!harbor-Lake9";
	static final String ENGINE = "faultCluster";
	/** By the engine's name: in this JVM the test suite's own engine is the default one. */
	static final String REST = "/engine-rest/engine/" + ENGINE;

	final ObjectMapper json = new ObjectMapper();
	final List<AutoCloseable> resources = new ArrayList<>();

	@AfterEach
	void stopEverything() throws Exception {
		Collections.reverse(resources);
		for (AutoCloseable resource : resources) {
			resource.close();
		}
		ClockUtil.reset();
	}

	@Test
	void aNodeKilledWhileSendingLeavesEveryRecordConsistentAndEveryEmailSentExactlyOnce() throws Exception {
		String url = freshDatabase("cluster_fault_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8));
		MailServer.purge();
		SmtpGate gateOne = keep(new SmtpGate(MailServer.port()));
		SmtpGate gateTwo = keep(new SmtpGate(MailServer.port()));

		// Monday, two days before the obligations' due day. Both nodes' clocks run from here.
		long monday = offsetTo("2032-03-01T09:00:00+08:00");
		ClockUtil.offset(monday);
		ConfigurableApplicationContext one = keep(new SpringApplicationBuilder(GongkaiApplication.class)
			.run(arguments(url, gateOne.port(),
					// One copy of the webapps per JVM: the test suite's own context keeps them.
					"--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration")
				.toArray(String[]::new)));
		assertThat(((HikariDataSource) one.getBean(DataSource.class)).getJdbcUrl()).isEqualTo(url);
		ClusterNode two = keep(ClusterNode.start(arguments(url, gateTwo.port()), monday,
				Path.of("target", "cluster-fault", "node-two.log"), Duration.ofMinutes(4)));
		int portOne = one.getEnvironment().getProperty("local.server.port", Integer.class);
		ProcessEngine engine = one.getBean(ProcessEngine.class);
		JdbcClient db = JdbcClient.create(one.getBean(DataSource.class));

		List<Long> overdue = openOverdueObligations(one);
		List<Long> records = openRecords(one, engine);
		// Each watch starts when its first step falls due: until Thursday, a scheduled start.
		awaitTrue("nothing due, every escalation watch's start scheduled", Duration.ofMinutes(2),
				() -> count(db, "SELECT COUNT(*) FROM act_ru_job WHERE duedate_ IS NULL OR duedate_ <= :now") == 0
						&& scheduledStarts(db, overdue) == OVERDUE);

		Staffing staffing = new Staffing(portOne, two.port());
		ExecutorService workers = Executors.newFixedThreadPool(4);
		List<Future<?>> moving = new ArrayList<>();
		for (int i = 0; i < records.size(); i++) {
			long record = records.get(i);
			boolean startOnTwo = i % 2 == 0;
			moving.add(workers.submit(() -> staffing.publish(db, record, startOnTwo)));
		}

		// Thursday just after midnight: the due day has passed for all 200 obligations at once.
		long thursday = offsetTo("2032-03-04T00:10:00+08:00");
		ClockUtil.offset(thursday);
		two.clockOffset(thursday);

		awaitTrue("a quarter of the escalation emails sent", Duration.ofMinutes(3),
				() -> escalationsSent(db, overdue) >= OVERDUE * RECIPIENTS_PER_ESCALATION / 4);
		gateOne.hold();
		gateTwo.hold();
		// A sender claims one step's emails together and sends them over one connection: every claimed batch must be
		// one that waits at a gate, none between the mail server's acceptance and the record of it.
		awaitTrue("node two waits on the mail server, and nothing else is being sent", Duration.ofSeconds(25),
				() -> gateTwo.waiting() > 0 && gateOne.relaying() == 0 && gateTwo.relaying() == 0
						&& count(db, """
								SELECT COUNT(DISTINCT (subject_kind, subject_id, step)) FROM gk_notification
								WHERE status = 'SENDING'""") == gateOne.waiting() + gateTwo.waiting());
		String ownerOne = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor()
			.getLockOwner();
		List<String> lockedByTwo = db.sql("SELECT id_ FROM act_ru_job WHERE lock_owner_ IS NOT NULL AND lock_owner_ <> :one")
			.param("one", ownerOne)
			.query(String.class)
			.list();
		int batchesOfTwo = gateTwo.waiting();
		long sentBeforeKill = escalationsSent(db, overdue);
		two.kill();
		gateTwo.drop();
		gateOne.release();
		assertThat(lockedByTwo).as("jobs node two held when it was killed").isNotEmpty();

		for (Future<?> record : moving) {
			record.get(5, TimeUnit.MINUTES);
		}
		workers.shutdown();
		awaitTrue("every escalation sent and every due job done", LOCK.multipliedBy(12),
				() -> escalationsSent(db, overdue) == OVERDUE * RECIPIENTS_PER_ESCALATION && count(db, """
						SELECT COUNT(*) FROM act_ru_job WHERE retries_ > 0 AND suspension_state_ = 1
						AND (duedate_ IS NULL OR duedate_ <= :now)""") == 0);

		System.out.printf("Cluster fault: node two killed holding %d jobs and %d claimed batches of emails, %d of %d"
				+ " escalation emails sent before; afterwards %d emails received, %d sent again by node one after their"
				+ " lease%n", lockedByTwo.size(), batchesOfTwo, sentBeforeKill, OVERDUE * RECIPIENTS_PER_ESCALATION,
				MailServer.received().size(), count(db, "SELECT COUNT(*) FROM gk_notification WHERE attempts > 1"));
		assertThat(staffing.refusals).as("answers other than success from a live node").isEmpty();
		assertExactlyOnce(db);
		assertThat(count(db, "SELECT COUNT(*) FROM gk_notification WHERE attempts > 1"))
			.as("emails node two had claimed (at least one per batch), sent by node one after their lease")
			.isGreaterThanOrEqualTo(batchesOfTwo);
		assertThat(count(db, "SELECT COUNT(*) FROM act_ru_job WHERE lock_owner_ IS NOT NULL")).as("jobs still locked")
			.isZero();
		assertThat(count(db, "SELECT COUNT(*) FROM act_ru_job WHERE retries_ = 0")).as("failed jobs").isZero();
		assertThat(count(db, "SELECT COUNT(*) FROM act_ru_incident")).as("incidents").isZero();
		assertThat(count(db, "SELECT COUNT(*) FROM gk_breach WHERE unit_id = 'jidongche'"))
			.as("one breach per overdue obligation")
			.isEqualTo(OVERDUE);
		assertThat(watchIds(engine, overdue)).as("watches started").hasSize(OVERDUE);
		assertThat(scheduledStarts(db, overdue)).as("starts left").isZero();
		assertThat(db.sql("SELECT COUNT(*) FROM act_ru_job WHERE process_instance_id_ IN (:watches)")
			.param("watches", watchIds(engine, overdue))
			.query(Long.class)
			.single()).as("each watch's one next timer, not two").isEqualTo(OVERDUE);
		for (long record : records) {
			assertThat(db.sql("SELECT status FROM gk_record WHERE id = :id").param("id", record).query(String.class).single())
				.isEqualTo("PUBLISHED");
			assertThat(db.sql("SELECT COUNT(*) FROM gk_published_version WHERE record_id = :id")
				.param("id", record)
				.query(Long.class)
				.single()).as("published versions of record %s", record).isEqualTo(1);
			assertThat(db.sql("SELECT COUNT(*) FROM gk_column_entry WHERE record_id = :id")
				.param("id", record)
				.query(Long.class)
				.single()).isEqualTo(1);
		}
		assertThat(count(db, "SELECT COUNT(*) FROM gk_obligation WHERE type_key = 'env-quality' AND unit_id = 'jiance'"
				+ " AND status = 'PUBLISHED'")).isEqualTo(RECORDS);
	}

	/** Every email the nodes recorded as sent reached the mail server once, and nothing else did. */
	private void assertExactlyOnce(JdbcClient db) throws MessagingException {
		Map<String, Integer> received = new HashMap<>();
		for (MimeMessage message : MailServer.received()) {
			received.merge(message.getHeader("X-Gongkai-Notification")[0], 1, Integer::sum);
		}
		Set<String> sent = Set.copyOf(db.sql("SELECT CAST(id AS VARCHAR(20)) FROM gk_notification WHERE status = 'SENT'")
			.query(String.class)
			.list());
		assertThat(db.sql("SELECT status || ' ' || COUNT(*) FROM gk_notification WHERE status <> 'SENT' GROUP BY status")
			.query(String.class)
			.list()).as("emails not sent").isEmpty();
		assertThat(received.keySet()).isEqualTo(sent);
		assertThat(received).allSatisfy((id, times) -> assertThat(times).as("copies of email %s", id).isEqualTo(1));
	}

	private List<Long> openOverdueObligations(ConfigurableApplicationContext node) {
		ObligationService obligations = node.getBean(ObligationService.class);
		DueRules dueRules = node.getBean(DueRules.class);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < OVERDUE; i++) {
			ids.add(obligations.openForEvent("enforcement", "jidongche", "fault-" + i, "机动车执法结果 " + i,
					dueRules.fixedDay(LocalDate.of(2032, 3, 3), "测试期限")).orElseThrow().id());
		}
		return ids;
	}

	/** Env-quality records to publish during the fault, due a week later: they move, they do not fall due. */
	private List<Long> openRecords(ConfigurableApplicationContext node, ProcessEngine engine) {
		ObligationService obligations = node.getBean(ObligationService.class);
		ScheduledStarts starts = node.getBean(ScheduledStarts.class);
		DueRules dueRules = node.getBean(DueRules.class);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < RECORDS; i++) {
			var obligation = obligations.openForEvent("env-quality", "jiance", "fault-" + i, "空气质量 " + i,
					dueRules.fixedDay(LocalDate.of(2032, 3, 10), "测试期限")).orElseThrow();
			var pi = starts.start(obligation);
			ids.add(((Number) engine.getRuntimeService().getVariable(pi.getId(), "recordId")).longValue());
		}
		return ids;
	}

	/** Staff at work through the REST API, each record starting on one node and moving to the other if it dies. */
	final class Staffing {

		final int portOne;
		final int portTwo;
		volatile boolean twoDown;
		final List<String> refusals = Collections.synchronizedList(new ArrayList<>());

		Staffing(int portOne, int portTwo) {
			this.portOne = portOne;
			this.portTwo = portTwo;
		}

		void publish(JdbcClient db, long record, boolean startOnTwo) {
			int actions = 0;
			long end = System.nanoTime() + Duration.ofMinutes(4).toNanos();
			while (System.nanoTime() < end && actions < 10) {
				String status = db.sql("SELECT status FROM gk_record WHERE id = :id").param("id", record).query(String.class)
					.single();
				if (status.equals("PUBLISHED")) {
					return;
				}
				boolean onTwo = startOnTwo && !twoDown;
				try {
					if (act(onTwo ? portTwo : portOne, record)) {
						actions++;
					}
				}
				catch (UncheckedIOException nodeGone) {
					if (!onTwo) {
						throw nodeGone;
					}
					// The node died under the request: what it committed stays, the rest is asked again of node one.
					twoDown = true;
				}
			}
			throw new IllegalStateException("Record " + record + " was not published");
		}

		/** Completes the record's open task as the person it waits for; false when it has none yet. */
		private boolean act(int port, long record) {
			JsonNode tasks = read(new WebClient(port).basic("admin", ADMIN_PASSWORD)
				.get(REST + "/task?processInstanceBusinessKey=" + record));
			if (tasks.isEmpty()) {
				// Between two tasks: the engine is still on its way to the next one; ask again shortly.
				pause();
				return false;
			}
			JsonNode task = tasks.get(0);
			String key = task.path("taskDefinitionKey").asText();
			String user = switch (key) {
				case ObligationProcess.TASK_EDIT_DRAFT -> "jianceDrafter";
				case "Task_UnitHeadReview" -> "jianceHead";
				case "Task_SecrecyReview" -> "jianceSecrecy";
				default -> throw new IllegalStateException("Unexpected task " + key);
			};
			String form = switch (key) {
				case ObligationProcess.TASK_EDIT_DRAFT -> """
						{"title":{"value":"空气质量日报 %1$d"},"section":{"value":"air-quality"},
						"indexNo":{"value":"ZZHB-2032-%1$d"},"summary":{"value":"全市空气质量"},"body":{"value":"AQI 日均值 78"},
						"dateFormed":{"value":"2032-03-01"},"personalInfo":{"value":false},"majorConcern":{"value":false}}"""
					.formatted(record);
				case "Task_UnitHeadReview" -> """
						{"reviewDecision":{"value":"APPROVE"},"reviewComment":{"value":"同意"}}""";
				default -> """
						{"secrecyOutcome":{"value":"PUBLISH"},"reviewBasis":{"value":"《保密法》"},
						"reviewConclusion":{"value":"不涉及国家秘密，同意公开"}}""";
			};
			WebClient staff = new WebClient(port).basic(user, Staff.PASSWORD);
			String id = task.path("id").asText();
			if (task.path("assignee").isNull() || task.path("assignee").isMissingNode()) {
				expect204(staff.postJson(REST + "/task/" + id + "/claim", "{\"userId\":\"" + user + "\"}"), key);
			}
			expect204(staff.postJson(REST + "/task/" + id + "/submit-form", "{\"variables\":" + form + "}"), key);
			return true;
		}

		private static void pause() {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

		private void expect204(HttpResponse<String> response, String step) {
			if (response.statusCode() != 204) {
				refusals.add(step + ": " + response.statusCode() + " " + response.body());
			}
		}

		private JsonNode read(HttpResponse<String> response) {
			try {
				JsonNode body = json.readTree(response.body());
				if (!body.isArray()) {
					throw new IllegalStateException(response.statusCode() + " " + response.body());
				}
				return body;
			}
			catch (java.io.IOException ex) {
				throw new IllegalStateException(response.statusCode() + " " + response.body(), ex);
			}
		}

	}

	/**
	 * Both nodes' arguments. Their engines share one name, as identical nodes do: the name is also that of the
	 * deployment, so a node of another name would deploy every model again as a new version.
	 */
	private static List<String> arguments(String url, int smtpPort, String... more) {
		List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
				"--spring.datasource.password=postgres", "--gongkai.seed.demo-users=true",
				"--gongkai.seed.demo-password=" + Staff.PASSWORD, "--gongkai.seed.admin-password=" + ADMIN_PASSWORD,
				"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort, "--server.port=0",
				"--camunda.bpm.process-engine-name=" + ENGINE, "--camunda.bpm.job-execution.enabled=true",
				// Production's five minutes, shortened so the test need not wait that long for the dead node's jobs;
				// the email lease stays below the lock, as in production.
				"--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK.toMillis(), "--gongkai.mail.lease=10s",
				"--spring.jmx.enabled=false", "--logging.level.root=warn"));
		arguments.addAll(List.of(more));
		return arguments;
	}

	private static String freshDatabase(String name) {
		try (HikariDataSource server = (HikariDataSource) EmbeddedPostgres.dataSource()) {
			JdbcClient.create(server).sql("CREATE DATABASE " + name).update();
		}
		return EmbeddedPostgres.jdbcUrl().replace("/postgres?", "/" + name + "?");
	}

	private static long offsetTo(String isoWithOffset) {
		return OffsetDateTime.parse(isoWithOffset).toInstant().toEpochMilli() - System.currentTimeMillis();
	}

	private static long count(JdbcClient db, String sql) {
		var statement = db.sql(sql);
		if (sql.contains(":now")) {
			statement = statement.param("now", ClockUtil.getCurrentTime());
		}
		return statement.query(Long.class).single();
	}

	private static long escalationsSent(JdbcClient db, List<Long> obligations) {
		return db.sql("""
				SELECT COUNT(*) FROM gk_notification WHERE subject_kind = 'OBLIGATION' AND step = 'ESCALATION'
				AND status = 'SENT' AND subject_id IN (:ids)""")
			.param("ids", obligations.stream().map(String::valueOf).toList())
			.query(Long.class)
			.single();
	}

	private static long scheduledStarts(JdbcClient db, List<Long> obligations) {
		return db.sql("SELECT COUNT(*) FROM act_ru_job WHERE id_ IN (:ids)")
			.param("ids", obligations.stream()
				.map(id -> EscalationProcess.startJobId(EscalationProcess.OBLIGATION, String.valueOf(id)))
				.toList())
			.query(Long.class)
			.single();
	}

	private static List<String> watchIds(ProcessEngine engine, List<Long> obligations) {
		Set<String> keys = Set.copyOf(obligations.stream().map(id -> EscalationProcess.OBLIGATION + ":" + id).toList());
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(EscalationProcess.KEY)
			.list()
			.stream()
			.filter(pi -> keys.contains(pi.getBusinessKey()))
			.map(pi -> pi.getId())
			.toList();
	}

	private static void awaitTrue(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
		long end = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new AssertionError("Timed out after " + timeout + " waiting until " + what);
			}
			// The nodes' job executors work on their own: this only paces the look at the database.
			Thread.sleep(200);
		}
	}

	private <T> T keep(T resource) {
		if (resource instanceof AutoCloseable closeable) {
			resources.add(closeable);
		}
		return resource;
	}

}
