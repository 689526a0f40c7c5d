package cn.gongkai.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import cn.gongkai.GongkaiApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 7, start-up and memory: the application against a plain Camunda Spring Boot application (the same libraries,
 * the starter's defaults, no models, no application code), each started {@code bench.starts} (3) times, alternately,
 * in a fresh JVM with the same heap limit, on a fresh database of the same PostgreSQL, then once more on that database
 * (a restart). Measured inside the node: time from the JVM's start until the application is ready, then heap and
 * non-heap in use after a full collection, and the process's resident memory (of the first start). Writes
 * {@code target/bench/startup.md}. Run with {@code ./mvnw -Pbench verify -Dbench.main=StartupBenchmark}.
 */
public final class StartupBenchmark {

	static final String READY = "BENCH-NODE ";

	private StartupBenchmark() {
	}

	/** The baseline's settings: not our application.yml, not our migrations, not our models. */
	static final List<String> PLAIN = List.of("--spring.config.location=optional:file:/nonexistent/",
			"--spring.flyway.enabled=false", "--camunda.bpm.auto-deployment-enabled=false",
			"--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=Qx7!harbor-Lake9");

	/** The baseline: Camunda's starter with nothing of ours. */
	@SpringBootApplication
	static class PlainCamunda {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("node")) {
			node(args);
			return;
		}
		int starts = Integer.getInteger("bench.starts", 3);
		Path out = Path.of("target", "bench");
		Files.createDirectories(out);
		List<double[]> ours = new ArrayList<>();
		List<double[]> plain = new ArrayList<>();
		List<double[]> oursAgain = new ArrayList<>();
		List<double[]> plainAgain = new ArrayList<>();
		try (EmbeddedPostgres postgres = DurablePostgres.start()) {
			JdbcClient server = JdbcClient.create(postgres.getPostgresDatabase());
			for (int run = 0; run < starts; run++) {
				for (String system : List.of("gongkai", "baseline")) {
					String database = system + run;
					server.sql("CREATE DATABASE " + database).update();
					List<String> arguments = new ArrayList<>(List.of("--server.port=0",
							"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", database),
							"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
							"--logging.level.root=warn", "--spring.jmx.enabled=false"));
					if (system.equals("baseline")) {
						arguments.addAll(PLAIN);
					}
					double[] measured = start(system, arguments);
					(system.equals("gongkai") ? ours : plain).add(measured);
					System.out.printf(Locale.ROOT, "%s: ready in %.1f s, heap %.0f MB, non-heap %.0f MB, RSS %.0f MB%n",
							system, measured[0], measured[1], measured[2], measured[3]);
					// A restart, as after an upgrade of the node or a reboot: schema, models and accounts are there.
					double[] again = start(system, arguments);
					(system.equals("gongkai") ? oursAgain : plainAgain).add(again);
					System.out.printf(Locale.ROOT, "%s: restarted in %.1f s%n", system, again[0]);
				}
			}
		}
		write(out.resolve("startup.md"), ours, plain, oursAgain, plainAgain);
	}

	private static double[] start(String system, List<String> arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1g", "-Dfile.encoding=UTF-8", "-Duser.timezone=Asia/Shanghai", "-cp",
				System.getProperty("java.class.path"), StartupBenchmark.class.getName(), "node", system));
		command.addAll(arguments);
		Path home = Files.createDirectories(Path.of("target", "bench", "node-" + system));
		Process process = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).start();
		try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				if (line.startsWith(READY)) {
					process.destroy();
					process.waitFor(60, TimeUnit.SECONDS);
					return Arrays.stream(line.substring(READY.length()).split(" ")).mapToDouble(Double::parseDouble).toArray();
				}
				System.out.println(system + "> " + line);
			}
		}
		throw new IllegalStateException(system + " did not start");
	}

	private static void node(String[] args) throws Exception {
		Class<?> application = args[1].equals("gongkai") ? GongkaiApplication.class : PlainCamunda.class;
		ConfigurableApplicationContext context = SpringApplication.run(application,
				Arrays.copyOfRange(args, 2, args.length));
		double seconds = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
		System.gc();
		System.gc();
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		double heap = memory.getHeapMemoryUsage().getUsed() / 1048576.0;
		double nonHeap = memory.getNonHeapMemoryUsage().getUsed() / 1048576.0;
		double rss = Files.readAllLines(Path.of("/proc/self/status"))
			.stream()
			.filter(l -> l.startsWith("VmRSS:"))
			.mapToDouble(l -> Double.parseDouble(l.replaceAll("[^0-9]", "")) / 1024.0)
			.findFirst()
			.orElse(Double.NaN);
		System.out.println(READY + seconds + " " + heap + " " + nonHeap + " " + rss);
		context.close();
	}

	private static double median(List<double[]> runs, int column) {
		double[] values = runs.stream().mapToDouble(r -> r[column]).sorted().toArray();
		return values[values.length / 2];
	}

	private static void write(Path file, List<double[]> ours, List<double[]> plain, List<double[]> oursAgain,
			List<double[]> plainAgain) throws Exception {
		StringBuilder md = new StringBuilder("# Start-up and memory against a plain Camunda application\n\n");
		md.append(String.format(Locale.ROOT,
				"%s; median of %d starts each, alternately, each in a fresh JVM (-Xmx1g) on a fresh database, then restarted on it; %d CPUs, "
						+ "Java %s.%n%n",
				LocalDateTime.now().withNano(0), ours.size(), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version")))
			.append("| measure | gongkai | baseline | ratio (gongkai / baseline) |\n|---|---:|---:|---:|\n");
		String[] names = { "start-up to ready, s", "heap after full GC, MB", "non-heap (classes, code), MB",
				"resident memory, MB" };
		for (int c = 0; c < names.length; c++) {
			md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f |%n", names[c], median(ours, c),
					median(plain, c), median(ours, c) / median(plain, c)));
			if (c == 0) {
				md.append(String.format(Locale.ROOT, "| restart on the same database to ready, s | %.1f | %.1f | %.2f |%n",
						median(oursAgain, 0), median(plainAgain, 0), median(oursAgain, 0) / median(plainAgain, 0)));
			}
		}
		Files.writeString(file, md.toString());
		System.out.println(md);
	}

}
