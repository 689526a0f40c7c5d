package cn.gongkai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

import javax.sql.DataSource;

import cn.gongkai.GongkaiApplication;
import cn.gongkai.obligation.DueRules;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.obligation.ScheduledStarts;
import cn.gongkai.support.Staff;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 7, first part: records through the whole {@code env-quality} path (drafting, three review levels, secrecy
 * review, publication) with 1, 4 and 8 workers completing tasks through the Java API and through the REST API as the
 * right users, against a plain Camunda 7.24 engine running the same path (five user tasks, each with a boundary
 * timer, and a no-op publication) with no application logic (through the Java API: an engine with the starter's
 * defaults; through the REST API: the starter's application, its REST API unauthenticated as shipped), on the same
 * PostgreSQL (fsync and synchronous_commit on), in the same run.
 * Writes {@code target/bench/throughput.md}. Run with {@code ./mvnw -Pbench verify -Dbench.main=ThroughputBenchmark}.
 */
public final class ThroughputBenchmark {

	private ThroughputBenchmark() {
	}

	record Result(String system, String api, int workers, int records, double seconds, DatabaseWork work,
			long[] pathMillis, Map<String, long[]> stepMillis) {

		double recordsPerSecond() {
			return records / seconds;
		}

		long percentile(double p) {
			return ThroughputBenchmark.percentile(pathMillis, p);
		}

	}

	public static void main(String[] args) throws Exception {
		int records = Integer.getInteger("bench.records", 200);
		int[] workers = Arrays.stream(System.getProperty("bench.workers", "1,4,8").split(",")).mapToInt(Integer::parseInt)
			.toArray();
		Path out = Path.of("target", "bench");
		Files.createDirectories(out);
		List<Result> results = new ArrayList<>();
		try (EmbeddedPostgres postgres = DurablePostgres.start()) {
			JdbcClient server = JdbcClient.create(postgres.getPostgresDatabase());
			server.sql("CREATE DATABASE baseline").update();

			ConfigurableApplicationContext app = new SpringApplicationBuilder(GongkaiApplication.class)
				.run(appArguments(postgres.getJdbcUrl("postgres", "postgres")));
			try {
				ProcessEngine engine = app.getBean(ProcessEngine.class);
				Ours ours = new Ours(engine, app.getBean(ObligationService.class), app.getBean(ScheduledStarts.class),
						app.getBean(DueRules.class));
				runAll("gongkai", JAVA, records, workers, ours, statistics(postgres, "postgres"), results);
				RestOurs rest = new RestOurs(ours, port(app));
				runAll("gongkai", REST, records, workers, rest, statistics(postgres, "postgres"), results);
			}
			finally {
				app.close();
			}

			HikariDataSource pool = new HikariDataSource();
			pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "baseline"));
			pool.setUsername("postgres");
			pool.setPassword("postgres");
			ProcessEngine baseline = baselineEngine(pool);
			try {
				baseline.getRepositoryService().createDeployment().addModelInstance("baseline.bpmn", baselineModel()).deploy();
				Baseline plain = new Baseline(baseline);
				runAll("baseline", JAVA, records, workers, plain, statistics(postgres, "baseline"), results);
			}
			finally {
				baseline.close();
				pool.close();
			}

			server.sql("CREATE DATABASE baselinerest").update();
			ConfigurableApplicationContext plainApp = new SpringApplicationBuilder(StartupBenchmark.PlainCamunda.class)
				.run(plainArguments(postgres.getJdbcUrl("postgres", "baselinerest")));
			try {
				plainApp.getBean(ProcessEngine.class)
					.getRepositoryService()
					.createDeployment()
					.addModelInstance("baseline.bpmn", baselineModel())
					.deploy();
				runAll("baseline", REST, records, workers, new RestBaseline(port(plainApp)),
						statistics(postgres, "baselinerest"), results);
			}
			finally {
				plainApp.close();
			}
		}
		write(out.resolve("throughput.md"), records, results);
	}

	static final String JAVA = "Java API";

	static final String REST = "REST API";

	/** A warm-up run, then one measured run per number of workers. */
	private static void runAll(String system, String api, int records, int[] workers, RecordPath path,
			JdbcClient database, List<Result> results) throws Exception {
		run(system, api, Math.max(10, records / 10), 2, path, database);
		for (int w : workers) {
			results.add(run(system, api, records, w, path, database));
		}
	}

	/** A connection to the system's own database, whose statistics are its work. */
	private static JdbcClient statistics(EmbeddedPostgres postgres, String database) {
		return JdbcClient.create(postgres.getDatabase("postgres", database));
	}

	private static int port(ConfigurableApplicationContext app) {
		return Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
	}

	/**
	 * The Camunda starter's defaults, nothing of ours (not our application.yml, migrations or models), as in the
	 * start-up benchmark; its REST API has no authentication, as the starter ships it.
	 */
	static String[] plainArguments(String jdbcUrl) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--logging.level.root=warn", "--spring.jmx.enabled=false",
				// Spring Security is on the class path for our application; the starter does not bring it.
				"--spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration,"
						+ "org.springframework.boot.autoconfigure.security.servlet.SecurityFilterAutoConfiguration,"
						+ "org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration,"
						+ "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration"));
		arguments.addAll(StartupBenchmark.PLAIN);
		return arguments.toArray(String[]::new);
	}

	/** Per-step latencies of one run, in milliseconds, by step name. */
	static final class Steps {

		private final Map<String, List<Long>> millis = new ConcurrentHashMap<>();

		void time(String step, Runnable action) {
			long start = System.nanoTime();
			action.run();
			millis.computeIfAbsent(step, k -> Collections.synchronizedList(new ArrayList<>()))
				.add((System.nanoTime() - start) / 1_000_000);
		}

		Map<String, long[]> snapshot() {
			Map<String, long[]> out = new TreeMap<>();
			millis.forEach((step, list) -> out.put(step, list.stream().mapToLong(Long::longValue).toArray()));
			return out;
		}

	}

	/** One record's whole path, timed step by step. */
	interface RecordPath {

		void oneRecord(int i, Steps steps);

	}

	/**
	 * Our system as its staff use it: the obligation opens the record; each task is found, claimed and completed
	 * with its form by the person it waits for. The people's groups are looked up once, as Tasklist does at login.
	 */
	static final class Ours implements RecordPath {

		private static final Map<String, String> ACTORS = Map.of("Task_EditDraft", "jianceDrafter", "Task_UnitHeadReview",
				"jianceHead", "Task_LeaderReview", "jianceLeader", "Task_ChiefReview", "chief", "Task_SecrecyReview",
				"jianceSecrecy");

		private final ProcessEngine engine;
		private final ObligationService obligations;
		private final ScheduledStarts starts;
		private final DueRules dueRules;
		private final Map<String, List<String>> groups = new ConcurrentHashMap<>();

		Ours(ProcessEngine engine, ObligationService obligations, ScheduledStarts starts, DueRules dueRules) {
			this.engine = engine;
			this.obligations = obligations;
			this.starts = starts;
			this.dueRules = dueRules;
		}

		@Override
		public void oneRecord(int i, Steps steps) {
			String record = open(i, steps);
			for (int step = 0; step < 5; step++) {
				Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(record).singleResult();
				String key = task.getTaskDefinitionKey();
				String user = ACTORS.get(key);
				Map<String, Object> form = form(key, i);
				steps.time(key, () -> as(user, () -> {
					engine.getTaskService().claim(task.getId(), user);
					engine.getFormService().submitTaskForm(task.getId(), form);
				}));
			}
		}

		/** The schedule opens the record (an obligation); its id is the business key of its instances. */
		String open(int i, Steps steps) {
			String[] record = new String[1];
			steps.time("open", () -> {
				var obligation = obligations.openForEvent("env-quality", "jiance", "bench-" + UUID.randomUUID(),
						"基准测试记录 " + i, dueRules.fixedDay(LocalDate.now().plusDays(60), "基准测试"))
					.orElseThrow();
				ProcessInstance pi = starts.start(obligation);
				record[0] = String.valueOf(engine.getRuntimeService().getVariable(pi.getId(), "recordId"));
			});
			return record[0];
		}

		static Map<String, Object> form(String taskKey, int i) {
			return switch (taskKey) {
				case "Task_EditDraft" -> {
					Map<String, Object> draft = new HashMap<>(Staff.draft("基准测试记录 " + i, false, true));
					draft.put("section", "air-quality");
					yield draft;
				}
				case "Task_SecrecyReview" -> Map.of("secrecyOutcome", "PUBLISH", "reviewBasis", "《保密法》",
						"reviewConclusion", "不涉及国家秘密，同意公开");
				default -> Map.of("reviewDecision", "APPROVE", "reviewComment", "同意");
			};
		}

		private void as(String user, Runnable action) {
			var identity = engine.getIdentityService();
			identity.setAuthentication(user, groups.computeIfAbsent(user, u -> identity.createGroupQuery()
				.groupMember(u)
				.list()
				.stream()
				.map(Group::getId)
				.toList()));
			try {
				action.run();
			}
			finally {
				identity.clearAuthentication();
			}
		}

	}

	/** The same path on a plain engine: no application logic, no authorization, no forms; claimed and completed. */
	static final class Baseline implements RecordPath {

		private final ProcessEngine engine;

		Baseline(ProcessEngine engine) {
			this.engine = engine;
		}

		@Override
		public void oneRecord(int i, Steps steps) {
			ProcessInstance[] pi = new ProcessInstance[1];
			steps.time("open", () -> pi[0] = engine.getRuntimeService().startProcessInstanceByKey("baseline-record", "r" + i));
			for (int step = 0; step < 5; step++) {
				Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi[0].getId()).singleResult();
				steps.time(BASELINE_STEPS.get(task.getTaskDefinitionKey()), () -> {
					engine.getTaskService().claim(task.getId(), "u" + i);
					engine.getTaskService().complete(task.getId(), Map.of("decision", "APPROVE"));
				});
			}
		}

	}

	/**
	 * Our system through its REST API, as a client program of the unit would use it: each person finds their task,
	 * claims it and submits its form over HTTP with their own credentials (HTTP Basic, no session). The record is
	 * opened by the schedule, as in the Java path.
	 */
	static final class RestOurs implements RecordPath {

		private static final List<String> SEQUENCE = List.of("Task_EditDraft", "Task_UnitHeadReview",
				"Task_LeaderReview", "Task_ChiefReview", "Task_SecrecyReview");

		private final Ours ours;
		private final Http http;

		RestOurs(Ours ours, int port) {
			this.ours = ours;
			this.http = new Http(port, "/engine-rest");
		}

		@Override
		public void oneRecord(int i, Steps steps) {
			String record = ours.open(i, steps);
			for (String expected : SEQUENCE) {
				String user = Ours.ACTORS.get(expected);
				String basic = Http.basic(user, Staff.PASSWORD);
				JsonNode tasks = http.get("/task?processInstanceBusinessKey=" + record, basic);
				if (tasks.size() != 1 || !expected.equals(tasks.get(0).path("taskDefinitionKey").asText())) {
					throw new IllegalStateException("Record " + record + " waits for " + tasks + ", not " + expected);
				}
				String id = tasks.get(0).path("id").asText();
				String form = Http.variables(Ours.form(expected, i));
				steps.time(expected, () -> {
					http.post("/task/" + id + "/claim", "{\"userId\":\"" + user + "\"}", basic);
					http.post("/task/" + id + "/submit-form", form, basic);
				});
			}
		}

	}

	/** The baseline app's REST API, as the starter ships it: started, claimed and completed over HTTP. */
	static final class RestBaseline implements RecordPath {

		private final Http http;

		RestBaseline(int port) {
			this.http = new Http(port, "/engine-rest");
		}

		@Override
		public void oneRecord(int i, Steps steps) {
			String[] instance = new String[1];
			steps.time("open", () -> instance[0] = http
				.post("/process-definition/key/baseline-record/start", "{\"businessKey\":\"r" + i + "\"}", null)
				.path("id")
				.asText());
			for (int step = 0; step < 5; step++) {
				JsonNode task = http.get("/task?processInstanceId=" + instance[0], null).get(0);
				String id = task.path("id").asText();
				steps.time(BASELINE_STEPS.get(task.path("taskDefinitionKey").asText()), () -> {
					http.post("/task/" + id + "/claim", "{\"userId\":\"u" + i + "\"}", null);
					http.post("/task/" + id + "/complete", "{\"variables\":{\"decision\":{\"value\":\"APPROVE\"}}}",
							null);
				});
			}
		}

	}

	/** A REST client: JSON in and out, any answer but 2xx is a failure of the run. */
	static final class Http {

		private static final ObjectMapper JSON = new ObjectMapper();

		private final HttpClient client = HttpClient.newHttpClient();
		private final String base;

		Http(int port, String root) {
			this.base = "http://localhost:" + port + root;
		}

		static String basic(String user, String password) {
			return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		}

		/** Camunda's typed-variable form: {@code {"variables": {"name": {"value": ...}}}}. */
		static String variables(Map<String, Object> values) {
			ObjectNode variables = JSON.createObjectNode();
			values.forEach((name, value) -> variables.putObject(name).set("value", JSON.valueToTree(value)));
			ObjectNode body = JSON.createObjectNode();
			body.set("variables", variables);
			return body.toString();
		}

		JsonNode get(String path, String authorization) {
			return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), authorization);
		}

		JsonNode post(String path, String json, String authorization) {
			return send(HttpRequest.newBuilder(URI.create(base + path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json)), authorization);
		}

		private JsonNode send(HttpRequest.Builder request, String authorization) {
			if (authorization != null) {
				request.header("Authorization", authorization);
			}
			HttpRequest built = request.build();
			try {
				HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() / 100 != 2) {
					throw new IllegalStateException(built.method() + " " + built.uri() + ": " + response.statusCode() + " "
							+ response.body());
				}
				return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/** The baseline's tasks under the names of ours, so that the steps line up in the table. */
	static final Map<String, String> BASELINE_STEPS = Map.of("Task_Draft", "Task_EditDraft", "Task_UnitHead",
			"Task_UnitHeadReview", "Task_Leader", "Task_LeaderReview", "Task_Chief", "Task_ChiefReview", "Task_Secrecy",
			"Task_SecrecyReview");

	/** The application's arguments in every benchmark, with {@code bench.app}'s (settings tried while tuning). */
	static String[] appArguments(String jdbcUrl, String... more) {
		List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + jdbcUrl,
				"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
				"--logging.level.root=warn", "--spring.jmx.enabled=false"));
		arguments.addAll(List.of(more));
		String tuning = System.getProperty("bench.app", "").strip();
		if (!tuning.isEmpty()) {
			arguments.addAll(List.of(tuning.split("\\s+")));
			System.out.println("Application arguments under trial: " + tuning);
		}
		return arguments.toArray(String[]::new);
	}

	static long percentile(long[] values, double p) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	private static Result run(String system, String api, int records, int workers, RecordPath path,
			JdbcClient database) throws Exception {
		Steps steps = new Steps();
		DatabaseWork before = DatabaseWork.of(database);
		long[] paths = new long[records];
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(workers);
		long start = System.nanoTime();
		List<Future<?>> runs = new ArrayList<>();
		for (int w = 0; w < workers; w++) {
			runs.add(pool.submit(() -> {
				for (int i = next.getAndIncrement(); i < records; i = next.getAndIncrement()) {
					long begin = System.nanoTime();
					path.oneRecord(i, steps);
					paths[i] = (System.nanoTime() - begin) / 1_000_000;
				}
			}));
		}
		try {
			for (Future<?> run : runs) {
				run.get(30, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		Result result = new Result(system, api, workers, records, seconds, DatabaseWork.of(database).minus(before),
				paths, steps.snapshot());
		System.out.printf(Locale.ROOT, "%s, %s, %d workers: %.1f records/s, path p50 %d ms p99 %d ms%n", system, api,
				workers, result.recordsPerSecond(), result.percentile(0.5), result.percentile(0.99));
		return result;
	}

	/**
	 * What one database did, from PostgreSQL's statistics (flushed within a second): transactions committed, rows
	 * written (inserted, updated and deleted), rows read (returned by sequential scans, and index entries returned by
	 * index scans) and table scans (sequential and index, of the database's own tables: about one per table a statement
	 * reads, and one per foreign key an insert checks). Both systems' job executors poll meanwhile, so the counts
	 * include their acquisition.
	 */
	record DatabaseWork(long commits, long written, long read, long scans) {

		static DatabaseWork of(JdbcClient database) throws InterruptedException {
			Thread.sleep(1_000);
			database.sql("SELECT pg_stat_clear_snapshot()").query(Object.class).optional();
			return database.sql("""
					SELECT xact_commit, tup_inserted + tup_updated + tup_deleted AS written, tup_returned AS read,
					    (SELECT SUM(seq_scan + COALESCE(idx_scan, 0)) FROM pg_stat_user_tables) AS scans
					FROM pg_stat_database WHERE datname = current_database()""")
				.query((rs, n) -> new DatabaseWork(rs.getLong("xact_commit"), rs.getLong("written"), rs.getLong("read"),
						rs.getLong("scans")))
				.single();
		}

		DatabaseWork minus(DatabaseWork earlier) {
			return new DatabaseWork(commits - earlier.commits, written - earlier.written, read - earlier.read,
					scans - earlier.scans);
		}

	}

	static ProcessEngine baselineEngine(DataSource dataSource) {
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		configuration.setDataSource(dataSource);
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		// The Spring Boot starter's defaults: full history, job executor on.
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setJobExecutorActivate(true);
		configuration.setProcessEngineName("baseline");
		configuration.setHistoryTimeToLive("P365D");
		return configuration.buildProcessEngine();
	}

	/** Start, five user tasks each with a ten-day boundary timer, a no-op publication, end. */
	static BpmnModelInstance baselineModel() {
		AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess("baseline-record")
			.camundaHistoryTimeToLive(365)
			.startEvent();
		String[] tasks = { "Task_Draft", "Task_UnitHead", "Task_Leader", "Task_Chief", "Task_Secrecy" };
		for (String task : tasks) {
			flow = flow.userTask(task).boundaryEvent(task + "_Due").cancelActivity(false).timerWithDuration("P10D")
				.endEvent(task + "_Missed")
				.<UserTaskBuilder>moveToActivity(task);
		}
		return flow.serviceTask("Task_Publish").camundaExpression("${true}").endEvent("End_Published").done();
	}

	private static void write(Path file, int records, List<Result> results) throws Exception {
		StringBuilder md = new StringBuilder("# Record throughput against plain Camunda\n\n");
		md.append(String.format(Locale.ROOT,
				"%s; %d records per run through drafting, three review levels, secrecy review and publication; "
						+ "PostgreSQL with fsync and synchronous_commit on; %d CPUs, Java %s.%n%n",
				LocalDateTime.now().withNano(0), records, Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version")))
			.append("| API | workers | gongkai records/s | baseline records/s | ratio | gongkai commits/s "
					+ "| baseline commits/s | gongkai path p50 / p99 ms | baseline path p50 / p99 ms |\n")
			.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		StringBuilder work = new StringBuilder("\nDatabase work per record (PostgreSQL's statistics of each database over ")
			.append("the run, the job executors' polling included; rows read: returned by sequential scans and index ")
			.append("entries returned by index scans; table scans: sequential and index, of its own tables):\n\n")
			.append("| API | workers | gongkai commits / rows written / rows read / table scans "
					+ "| baseline commits / rows written / rows read / table scans | ratio of rows written | ratio of table scans |\n")
			.append("|---|---:|---:|---:|---:|---:|\n");
		List<Result> ours = results.stream().filter(r -> r.system().equals("gongkai")).toList();
		for (Result mine : ours) {
			Result base = baselineOf(mine, results);
			md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.2f | %.0f | %.0f | %d / %d | %d / %d |%n",
					mine.api(), mine.workers(), mine.recordsPerSecond(), base.recordsPerSecond(),
					mine.recordsPerSecond() / base.recordsPerSecond(), mine.work().commits() / mine.seconds(),
					base.work().commits() / base.seconds(), mine.percentile(0.5), mine.percentile(0.99),
					base.percentile(0.5), base.percentile(0.99)));
			work.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %.2f | %.2f |%n", mine.api(), mine.workers(),
					perRecord(mine), perRecord(base), ratio(mine, base, DatabaseWork::written),
					ratio(mine, base, DatabaseWork::scans)));
		}
		md.append(work);
		md.append("\nPer step (finding the task is not included; a step is claim and completion as the user), ms:\n\n")
			.append("| API | workers | step | gongkai p50 / p99 | baseline p50 / p99 |\n|---|---:|---|---:|---:|\n");
		for (Result mine : ours) {
			Result base = baselineOf(mine, results);
			for (String step : mine.stepMillis().keySet()) {
				long[] times = mine.stepMillis().get(step);
				long[] theirs = base.stepMillis().get(step);
				md.append(String.format(Locale.ROOT, "| %s | %d | %s | %d / %d | %s |%n", mine.api(), mine.workers(),
						step, percentile(times, 0.5), percentile(times, 0.99),
						theirs == null ? "–" : percentile(theirs, 0.5) + " / " + percentile(theirs, 0.99)));
			}
		}
		Files.writeString(file, md.toString());
		System.out.println(md);
	}

	private static String perRecord(Result result) {
		DatabaseWork work = result.work();
		double n = result.records();
		return String.format(Locale.ROOT, "%.0f / %.0f / %.0f / %.0f", work.commits() / n, work.written() / n,
				work.read() / n, work.scans() / n);
	}

	/** Ours per record over the baseline's per record. */
	private static double ratio(Result mine, Result base, ToLongFunction<DatabaseWork> measure) {
		return (double) measure.applyAsLong(mine.work()) / mine.records()
				/ ((double) measure.applyAsLong(base.work()) / base.records());
	}

	private static Result baselineOf(Result ours, List<Result> results) {
		return results.stream()
			.filter(r -> r.system().equals("baseline") && r.api().equals(ours.api()) && r.workers() == ours.workers())
			.findFirst()
			.orElseThrow();
	}

}
