package cn.gongkai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import cn.gongkai.GongkaiApplication;
import cn.gongkai.obligation.DueRules;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.obligation.ScheduledStarts;
import cn.gongkai.support.MailServer;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 7, the cycle burst and the deadline storm, each against plain Camunda on the same PostgreSQL in the same run.
 *
 * <ul>
 * <li>Burst: {@code bench.burst} (5,000) env-quality obligations opened as the schedule opens a cycle (the obligation,
 * its record draft, its process instance, the scheduled start of its escalation watch), by 4 threads, one
 * obligation per transaction; timed until committed, and until no job is due. Baseline: 4
 * threads starting as many instances of the five-task record process.</li>
 * <li>Storm: {@code bench.storm} (10,000) obligations whose due day has passed when the clock moves on; timed until
 * every escalation email (four per obligation) has been delivered to a real SMTP server (GreenMail), then checked to
 * have arrived exactly once. Baseline: as many process instances waiting on a timer that falls due at the same
 * moment, timed until the job executor has run every timer and a no-op service task after it.</li>
 * </ul>
 * Both job executors keep their configuration: ours from {@code application.yml}, the baseline the engine's defaults.
 * Writes {@code target/bench/cycle.md}. Run with {@code ./mvnw -Pbench verify -Dbench.main=CycleBenchmark}.
 */
public final class CycleBenchmark {

	static final int THREADS = 4;
	static final String MONDAY = "2032-03-01T09:00:00+08:00";
	static final String AFTER_DUE = "2032-03-04T00:10:00+08:00";
	static final int RECIPIENTS = 4;

	private CycleBenchmark() {
	}

	record Timing(double committed, double settled) {
	}

	public static void main(String[] args) throws Exception {
		try {
			run();
		}
		catch (Exception | Error ex) {
			ex.printStackTrace();
			System.exit(1);
		}
		// The mail server's and the engines' threads would keep the JVM alive.
		System.exit(0);
	}

	private static void run() throws Exception {
		int burst = Integer.getInteger("bench.burst", 5_000);
		int storm = Integer.getInteger("bench.storm", 10_000);
		Path out = Path.of("target", "bench");
		Files.createDirectories(out);
		ClockUtil.setCurrentTime(at(MONDAY));
		try (EmbeddedPostgres postgres = DurablePostgres.start()) {
			JdbcClient server = JdbcClient.create(postgres.getPostgresDatabase());
			server.sql("CREATE DATABASE baseline").update();

			Timing ourBurst;
			double ourStorm;
			ConfigurableApplicationContext app = new SpringApplicationBuilder(GongkaiApplication.class)
				.run(ThroughputBenchmark.appArguments(postgres.getJdbcUrl("postgres", "postgres"),
						"--spring.mail.host=127.0.0.1", "--spring.mail.port=" + MailServer.port()));
			try {
				JdbcClient db = JdbcClient.create(postgres.getPostgresDatabase());
				ObligationService obligations = app.getBean(ObligationService.class);
				ScheduledStarts starts = app.getBean(ScheduledStarts.class);
				DueRules dueRules = app.getBean(DueRules.class);
				TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
				IntConsumer openOne = i -> transaction.executeWithoutResult(tx -> starts.start(obligations
					.openForEvent("env-quality", "jiance", "burst-" + i, "空气质量 " + i,
							dueRules.fixedDay(LocalDate.of(2032, 6, 30), "基准测试"))
					.orElseThrow()));
				BooleanSupplier settled = () -> dueJobs(db) == 0;
				timed(Math.max(50, burst / 20), openOne, settled);
				ourBurst = timed(burst, i -> openOne.accept(100_000 + i), settled);

				List<String> subjects = new ArrayList<>();
				List<Long> opened = new ArrayList<>();
				timed(storm, i -> {
					long id = obligations.openForEvent("enforcement", "jidongche", "storm-" + i, "机动车执法结果 " + i,
							dueRules.fixedDay(LocalDate.of(2032, 3, 3), "基准测试")).orElseThrow().id();
					synchronized (opened) {
						opened.add(id);
					}
				}, settled);
				opened.forEach(id -> subjects.add(String.valueOf(id)));
				MailServer.purge();
				long start = System.nanoTime();
				ClockUtil.setCurrentTime(at(AFTER_DUE));
				await(() -> sentEscalations(db, subjects) == (long) storm * RECIPIENTS);
				ourStorm = (System.nanoTime() - start) / 1e9;
				checkExactlyOnce(db, subjects, storm * RECIPIENTS);
				System.out.printf(Locale.ROOT, "gongkai: burst %.1f s committed, %.1f s settled; storm %.1f s%n",
						ourBurst.committed(), ourBurst.settled(), ourStorm);
			}
			finally {
				app.close();
			}

			ClockUtil.setCurrentTime(at(MONDAY));
			Timing baseBurst;
			double baseStorm;
			HikariDataSource pool = new HikariDataSource();
			pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "baseline"));
			pool.setUsername("postgres");
			pool.setPassword("postgres");
			// The engine's job executor runs up to ten threads beside its acquisition and the benchmark's own queries:
			// with Hikari's default of ten connections the storm ran the pool dry (requests timed out after 30 s).
			pool.setMaximumPoolSize(24);
			ProcessEngine baseline = ThroughputBenchmark.baselineEngine(pool);
			try {
				baseline.getRepositoryService()
					.createDeployment()
					.addModelInstance("baseline.bpmn", ThroughputBenchmark.baselineModel())
					.addModelInstance("baseline-timer.bpmn", timerModel())
					.deploy();
				IntConsumer startOne = i -> baseline.getRuntimeService().startProcessInstanceByKey("baseline-record", "b" + i);
				BooleanSupplier nothing = () -> true;
				timed(Math.max(50, burst / 20), startOne, nothing);
				baseBurst = timed(burst, startOne, nothing);
				timed(storm, i -> baseline.getRuntimeService().startProcessInstanceByKey("baseline-timer", "t" + i), nothing);
				long start = System.nanoTime();
				ClockUtil.setCurrentTime(at(AFTER_DUE));
				await(() -> baseline.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("baseline-timer")
					.count() == 0);
				baseStorm = (System.nanoTime() - start) / 1e9;
			}
			finally {
				baseline.close();
				pool.close();
			}
			write(out.resolve("cycle.md"), burst, storm, ourBurst, baseBurst, ourStorm, baseStorm);
		}
	}

	/** Start, a timer at the same moment as the obligations' escalation, a no-op service task, end. */
	static BpmnModelInstance timerModel() {
		return Bpmn.createExecutableProcess("baseline-timer")
			.camundaHistoryTimeToLive(365)
			.startEvent()
			.intermediateCatchEvent("Timer_Due")
			.timerWithDate("2032-03-04T00:00:00+08:00")
			.serviceTask("Task_Noop")
			.camundaExpression("${true}")
			.endEvent()
			.done();
	}

	/** Runs {@code count} calls on {@link #THREADS} threads; seconds until all returned, and until {@code settled}. */
	private static Timing timed(int count, IntConsumer call, BooleanSupplier settled) throws Exception {
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		long start = System.nanoTime();
		List<Future<?>> runs = new ArrayList<>();
		for (int t = 0; t < THREADS; t++) {
			runs.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
					call.accept(i);
				}
			}));
		}
		for (Future<?> run : runs) {
			run.get(60, TimeUnit.MINUTES);
		}
		pool.shutdown();
		double committed = (System.nanoTime() - start) / 1e9;
		await(settled);
		return new Timing(committed, (System.nanoTime() - start) / 1e9);
	}

	private static void await(BooleanSupplier condition) throws InterruptedException {
		long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(60);
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > end) {
				throw new IllegalStateException("Not done within an hour");
			}
			// The job executor works on its own; this only paces the look at the database.
			Thread.sleep(50);
		}
	}

	private static long dueJobs(JdbcClient db) {
		return db.sql("SELECT COUNT(*) FROM act_ru_job WHERE retries_ > 0 AND (duedate_ IS NULL OR duedate_ <= :now)")
			.param("now", ClockUtil.getCurrentTime())
			.query(Long.class)
			.single();
	}

	private static long sentEscalations(JdbcClient db, List<String> subjects) {
		return db.sql("""
				SELECT COUNT(*) FROM gk_notification WHERE subject_kind = 'OBLIGATION' AND step = 'ESCALATION'
				AND status = 'SENT' AND subject_id IN (:ids)""")
			.param("ids", subjects)
			.query(Long.class)
			.single();
	}

	/**
	 * Every escalation email of the storm's obligations arrived once. Others may arrive meanwhile and are not counted:
	 * the hourly schedule, run when the clock moves, opens the year's annual report, already overdue in March.
	 */
	private static void checkExactlyOnce(JdbcClient db, List<String> subjects, int expected) throws MessagingException {
		Set<String> storm = new HashSet<>(db.sql("""
				SELECT CAST(id AS VARCHAR) FROM gk_notification WHERE subject_kind = 'OBLIGATION' AND step = 'ESCALATION'
				AND subject_id IN (:ids)""")
			.param("ids", subjects)
			.query(String.class)
			.list());
		Set<String> seen = new HashSet<>();
		for (MimeMessage message : MailServer.received()) {
			String id = message.getHeader("X-Gongkai-Notification")[0];
			if (storm.contains(id) && !seen.add(id)) {
				throw new IllegalStateException("Email " + id + " arrived twice");
			}
		}
		if (seen.size() != expected) {
			throw new IllegalStateException(seen.size() + " of the storm's emails arrived, " + expected + " expected");
		}
	}

	private static Date at(String isoWithOffset) {
		return Date.from(OffsetDateTime.parse(isoWithOffset).toInstant());
	}

	private static void write(Path file, int burst, int storm, Timing ourBurst, Timing baseBurst, double ourStorm,
			double baseStorm) throws Exception {
		StringBuilder md = new StringBuilder("# Cycle burst and deadline storm against plain Camunda\n\n");
		md.append(String.format(Locale.ROOT,
				"%s; PostgreSQL with fsync and synchronous_commit on; %d CPUs, Java %s; %d threads open the cycle.%n%n",
				LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), THREADS))
			.append("| part | gongkai s | baseline s | ratio (baseline / gongkai) | target |\n")
			.append("|---|---:|---:|---:|---|\n")
			.append(String.format(Locale.ROOT, "| burst: %d obligations opened and committed (baseline: %d instances started) | %.1f | %.1f | %.2f | ≥ 1.0 |%n",
					burst, burst, ourBurst.committed(), baseBurst.committed(), baseBurst.committed() / ourBurst.committed()))
			.append(String.format(Locale.ROOT, "| burst, until no job is due | %.1f | %.1f | %.2f | |%n",
					ourBurst.settled(), baseBurst.committed(), baseBurst.committed() / ourBurst.settled()))
			.append(String.format(Locale.ROOT, "| storm: %d obligations overdue, %d emails delivered exactly once (baseline: %d no-op timer jobs) | %.1f | %.1f | %.2f | ≥ 1.0 |%n",
					storm, storm * RECIPIENTS, storm, ourStorm, baseStorm, baseStorm / ourStorm));
		Files.writeString(file, md.toString());
		System.out.println(md);
	}

}
