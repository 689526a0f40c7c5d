package cn.gongkai.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
 * Issue 18, the task list as a series: with 5,000, 50,000 and 200,000 open tasks ({@code bench.sizes}) spread over
 * every unit's review groups and the bureau-wide ones, the Tasklist query of a unit head and of two bureau-wide roles
 * (their groups' unclaimed tasks, newest first, a page of 50) and its count, as that person with authorization on,
 * against the same query on the same data without authorization checks (the engine skips them when nobody is
 * authenticated). Tasks are created through the engine's API, so each carries the candidate-group grants the engine
 * writes for a real task; the sizes are reached by adding tasks to the same database. Writes
 * {@code target/bench/tasklist.md}. Run with {@code ./mvnw -Pbench verify -Dbench.main=TaskListBenchmark}.
 */
public final class TaskListBenchmark {

	/** A unit head, the chief (局长) and the secrecy office (保密办). */
	static final List<String> PEOPLE = List.of("jianceHead", "chief", "secrecyOffice");

	private TaskListBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int[] sizes = Arrays.stream(System.getProperty("bench.sizes", "5000,50000,200000").split(","))
			.mapToInt(size -> Integer.parseInt(size.strip()))
			.toArray();
		int samples = Integer.getInteger("bench.samples", 200);
		Path out = Path.of("target", "bench");
		Files.createDirectories(out);
		try (EmbeddedPostgres postgres = DurablePostgres.start()) {
			ConfigurableApplicationContext app = new SpringApplicationBuilder(GongkaiApplication.class).run(
					ThroughputBenchmark.appArguments(postgres.getJdbcUrl("postgres", "postgres"),
							"--camunda.bpm.job-execution.enabled=false"));
			try {
				ProcessEngine engine = app.getBean(ProcessEngine.class);
				IdentityService identity = engine.getIdentityService();
				List<String> candidateGroups = identity.createGroupQuery()
					.list()
					.stream()
					.map(Group::getId)
					.filter(id -> id.endsWith("-unit-head") || id.endsWith("-leader") || id.endsWith("-secrecy")
							|| id.equals("chief") || id.equals("secrecy-office"))
					.sorted()
					.toList();
				TransactionTemplate batches = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
				JdbcClient db = JdbcClient.create(postgres.getPostgresDatabase());
				List<Row> rows = new ArrayList<>();
				int created = 0;
				for (int size : sizes) {
					long start = System.nanoTime();
					populate(engine.getTaskService(), batches, candidateGroups, created, size);
					long seconds = (System.nanoTime() - start) / 1_000_000_000;
					created = size;
					db.sql("ANALYZE").update();
					for (String person : PEOPLE) {
						rows.add(measure(engine, person, size, seconds, samples));
					}
				}
				write(out.resolve("tasklist.md"), candidateGroups.size(), samples, rows);
			}
			finally {
				app.close();
			}
		}
	}

	private static Row measure(ProcessEngine engine, String person, int size, long seconds, int samples) {
		IdentityService identity = engine.getIdentityService();
		TaskService tasks = engine.getTaskService();
		List<String> groups = identity.createGroupQuery().groupMember(person).list().stream().map(Group::getId).toList();
		LongSupplier listOn = () -> as(identity, person, groups, () -> query(tasks, groups).listPage(0, 50).size());
		LongSupplier countOn = () -> as(identity, person, groups, () -> query(tasks, groups).count());
		LongSupplier listOff = () -> query(tasks, groups).listPage(0, 50).size();
		LongSupplier countOff = () -> query(tasks, groups).count();
		long visible = countOn.getAsLong();
		long unchecked = countOff.getAsLong();
		if (visible != unchecked || visible == 0) {
			throw new IllegalStateException(person + " sees " + visible + " tasks, the unchecked query " + unchecked);
		}
		for (LongSupplier warm : List.of(listOn, countOn, listOff, countOff)) {
			time(warm, Math.max(5, samples / 10));
		}
		// Interleaved rounds, so that a noisy neighbour on the machine hits both sides alike.
		long[][] results = new long[4][0];
		for (int round = 0; round < 4; round++) {
			results[0] = concat(results[0], time(listOn, samples / 4));
			results[1] = concat(results[1], time(listOff, samples / 4));
			results[2] = concat(results[2], time(countOn, samples / 4));
			results[3] = concat(results[3], time(countOff, samples / 4));
		}
		return new Row(size, seconds, person, visible, results);
	}

	private static TaskQuery query(TaskService tasks, List<String> groups) {
		return tasks.createTaskQuery().taskCandidateGroupIn(groups).taskUnassigned().orderByTaskCreateTime().desc();
	}

	private static long as(IdentityService identity, String person, List<String> groups, LongSupplier query) {
		identity.setAuthentication(person, groups);
		try {
			return query.getAsLong();
		}
		finally {
			identity.clearAuthentication();
		}
	}

	/** Standalone tasks from {@code from} up to {@code to}, 500 to a transaction, each with one group as candidates. */
	private static void populate(TaskService tasks, TransactionTemplate batches, List<String> groups, int from, int to) {
		for (int first = from; first < to; first += 500) {
			int start = first;
			batches.executeWithoutResult(tx -> {
				for (int i = start; i < Math.min(start + 500, to); i++) {
					Task task = tasks.newTask();
					task.setName("审核记录 " + i);
					tasks.saveTask(task);
					tasks.addCandidateGroup(task.getId(), groups.get(i % groups.size()));
				}
			});
		}
	}

	/** Microseconds per call. */
	private static long[] time(LongSupplier call, int times) {
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

	private static double ms(long[] micros, double p) {
		return ThroughputBenchmark.percentile(micros, p) / 1000.0;
	}

	private record Row(int size, long seconds, String person, long visible, long[][] results) {
	}

	private static void write(Path file, int groups, int samples, List<Row> rows) throws Exception {
		StringBuilder md = new StringBuilder("# Task list query against the same query without authorization\n\n");
		md.append(String.format(Locale.ROOT,
				"%s; open tasks spread evenly over %d candidate groups (every unit's review groups, the chief's and the "
						+ "secrecy office's); PostgreSQL with fsync and synchronous_commit on; %d CPUs, Java %s; %d samples "
						+ "per query and size.%n%n",
				LocalDateTime.now().withNano(0), groups, Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version"), samples))
			.append("| open tasks | person | tasks they see | page of 50, authorization on p50 / p99 ms | off p50 / p99 ms "
					+ "| p99 ratio | count, on p50 / p99 ms | off p50 / p99 ms | p99 ratio |\n")
			.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|\n");
		for (Row row : rows) {
			long[][] r = row.results();
			md.append(String.format(Locale.ROOT, "| %,d | %s | %,d | %.1f / %.1f | %.1f / %.1f | %.2f | %.1f / %.1f | %.1f / %.1f | %.2f |%n",
					row.size(), row.person(), row.visible(), ms(r[0], 0.5), ms(r[0], 0.99), ms(r[1], 0.5), ms(r[1], 0.99),
					ms(r[0], 0.99) / ms(r[1], 0.99), ms(r[2], 0.5), ms(r[2], 0.99), ms(r[3], 0.5), ms(r[3], 0.99),
					ms(r[2], 0.99) / ms(r[3], 0.99)));
		}
		md.append("\nGrowth of p99 from the smallest to the largest size, authorization on against off:\n\n")
			.append("| person | page on | page off | count on | count off |\n|---|---:|---:|---:|---:|\n");
		for (String person : PEOPLE) {
			List<Row> series = rows.stream().filter(row -> row.person().equals(person)).toList();
			Row first = series.get(0);
			Row last = series.get(series.size() - 1);
			md.append("| ").append(person);
			for (int q = 0; q < 4; q++) {
				md.append(String.format(Locale.ROOT, " | %.1f×", ms(last.results()[q], 0.99) / ms(first.results()[q], 0.99)));
			}
			md.append(" |\n");
		}
		md.append("\nTasks were created in ")
			.append(rows.stream().filter(row -> row.person().equals(PEOPLE.get(0))).map(row -> row.seconds() + " s").toList())
			.append(" for each step of the series.\n");
		Files.writeString(file, md.toString());
		System.out.println(md);
	}

}
