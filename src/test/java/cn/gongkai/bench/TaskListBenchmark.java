package cn.gongkai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

import cn.gongkai.GongkaiApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 7, the task list: with {@code bench.tasks} (50,000) open tasks spread over every unit's review groups, a unit
 * head's Tasklist query (their groups' unclaimed tasks, newest first, a page of 50) and its count, as that user with
 * authorization on, against the same query on the same data without authorization checks (the engine skips them
 * when nobody is authenticated). Tasks are created through the engine's API, so each carries the candidate-group
 * authorizations the engine writes for a real task. Writes {@code target/bench/tasklist.md}. Run with
 * {@code ./mvnw -Pbench verify -Dbench.main=TaskListBenchmark}.
 */
public final class TaskListBenchmark {

	static final String REVIEWER = "jianceHead";

	private TaskListBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int tasks = Integer.getInteger("bench.tasks", 50_000);
		int samples = Integer.getInteger("bench.samples", 1_000);
		Path out = Path.of("target", "bench");
		Files.createDirectories(out);
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.start()) {
			ConfigurableApplicationContext app = new SpringApplicationBuilder(GongkaiApplication.class).run(
					ThroughputBenchmark.appArguments(postgres.getJdbcUrl("postgres", "postgres"),
							"--camunda.bpm.job-execution.enabled=false"));
			try {
				ProcessEngine engine = app.getBean(ProcessEngine.class);
				IdentityService identity = engine.getIdentityService();
				List<String> reviewGroups = identity.createGroupQuery()
					.list()
					.stream()
					.map(Group::getId)
					.filter(id -> id.endsWith("-unit-head") || id.endsWith("-leader") || id.endsWith("-secrecy"))
					.sorted()
					.toList();
				long seconds = populate(engine.getTaskService(), app.getBean(PlatformTransactionManager.class), reviewGroups,
						tasks);
				JdbcClient db = JdbcClient.create(postgres.getPostgresDatabase());
				db.sql("ANALYZE").update();
				List<String> groups = identity.createGroupQuery().groupMember(REVIEWER).list().stream().map(Group::getId)
					.toList();
				TaskService taskService = engine.getTaskService();
				LongSupplier listOn = () -> as(identity, groups, () -> query(taskService, groups).listPage(0, 50).size());
				LongSupplier countOn = () -> as(identity, groups, () -> query(taskService, groups).count());
				LongSupplier listOff = () -> query(taskService, groups).listPage(0, 50).size();
				LongSupplier countOff = () -> query(taskService, groups).count();
				long visible = countOn.getAsLong();
				long unchecked = countOff.getAsLong();
				if (visible != unchecked || visible == 0) {
					throw new IllegalStateException("The reviewer sees " + visible + " tasks, the unchecked query " + unchecked);
				}
				for (LongSupplier warm : List.of(listOn, countOn, listOff, countOff)) {
					measure(warm, Math.max(5, samples / 10));
				}
				// Interleaved rounds, so that a noisy neighbour on the machine hits both sides alike.
				long[][] results = new long[4][0];
				for (int round = 0; round < 4; round++) {
					results[0] = concat(results[0], measure(listOn, samples / 4));
					results[1] = concat(results[1], measure(listOff, samples / 4));
					results[2] = concat(results[2], measure(countOn, samples / 4));
					results[3] = concat(results[3], measure(countOff, samples / 4));
				}
				write(out.resolve("tasklist.md"), tasks, seconds, visible, groups, results);
			}
			finally {
				app.close();
			}
		}
	}

	private static TaskQuery query(TaskService tasks, List<String> groups) {
		return tasks.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned().orderByTaskCreateTime().desc();
	}

	private static long as(IdentityService identity, List<String> groups, LongSupplier query) {
		identity.setAuthentication(REVIEWER, groups);
		try {
			return query.getAsLong();
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/** Standalone review tasks, 500 to a transaction, each with one unit's review group as its candidates. */
	private static long populate(TaskService tasks, PlatformTransactionManager transactions, List<String> groups, int count) {
		long start = System.nanoTime();
		TransactionTemplate batch = new TransactionTemplate(transactions);
		for (int from = 0; from < count; from += 500) {
			int first = from;
			batch.executeWithoutResult(tx -> {
				for (int i = first; i < Math.min(first + 500, count); i++) {
					Task task = tasks.newTask();
					task.setName("审核记录 " + i);
					tasks.saveTask(task);
					tasks.addCandidateGroup(task.getId(), groups.get(i % groups.size()));
				}
			});
		}
		return (System.nanoTime() - start) / 1_000_000_000;
	}

	/** Microseconds per call. */
	private static long[] measure(LongSupplier call, int times) {
		long[] micros = new long[times];
		for (int i = 0; i < times; i++) {
			long start = System.nanoTime();
			call.getAsLong();
			micros[i] = (System.nanoTime() - start) / 1_000;
		}
		return micros;
	}

	private static long[] concat(long[] a, long[] b) {
		long[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	private static double percentile(long[] micros, double p) {
		return ThroughputBenchmark.percentile(micros, p) / 1000.0;
	}

	private static void write(Path file, int tasks, long seconds, long visible, List<String> groups, long[][] results)
			throws Exception {
		StringBuilder md = new StringBuilder("# Task list query against the same query without authorization\n\n");
		md.append(String.format(Locale.ROOT,
				"%s; %d open tasks over %s review groups (created in %d s), %d of them for %s (groups %s); "
						+ "PostgreSQL with fsync and synchronous_commit on; %d CPUs, Java %s; %d samples per query.%n%n",
				LocalDateTime.now().withNano(0), tasks, "every unit's", seconds, visible, REVIEWER, groups,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), results[0].length))
			.append("| query | authorization on p50 / p99 ms | off p50 / p99 ms | p99 ratio |\n")
			.append("|---|---:|---:|---:|\n");
		String[] names = { "page of 50, newest first", "count" };
		for (int q = 0; q < 2; q++) {
			long[] on = results[q * 2];
			long[] off = results[q * 2 + 1];
			md.append(String.format(Locale.ROOT, "| %s | %.1f / %.1f | %.1f / %.1f | %.2f |%n", names[q],
					percentile(on, 0.5), percentile(on, 0.99), percentile(off, 0.5), percentile(off, 0.99),
					percentile(on, 0.99) / percentile(off, 0.99)));
		}
		Files.writeString(file, md.toString());
		System.out.println(md);
	}

}
