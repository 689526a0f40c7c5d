package cn.gongkai.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;

import cn.gongkai.GongkaiApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public column under load (issue 5's benchmark): 100,000 published records on PostgreSQL with production
 * durability settings; a section list, a search and detail pages requested by a separate process, each with the cache
 * and, in the same run, rendered afresh (the cache bypassed). Writes {@code target/bench/column.md}.
 *
 * <p>Run with {@code ./mvnw -Pbench verify}; sizes and times through {@code -Dbench.records=…}, {@code -Dbench.seconds=…},
 * {@code -Dbench.warmup=…}, {@code -Dbench.clients=…}.
 */
public final class ColumnBenchmark {

	/** The per-run bypass token, shared with the benchmarks that measure column pages the same way. */
	static final String TOKEN = "bench-" + System.nanoTime();

	private ColumnBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int records = Integer.getInteger("bench.records", 100_000);
		int seconds = Integer.getInteger("bench.seconds", 15);
		int warmup = Integer.getInteger("bench.warmup", 5);
		int clients = Integer.getInteger("bench.clients", 16);
		Path out = Path.of("target", "bench");
		Files.createDirectories(out);

		try (EmbeddedPostgres postgres = DurablePostgres.start()) {
			ConfigurableApplicationContext app = new SpringApplicationBuilder(GongkaiApplication.class)
				.run("--server.port=0", "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
						"--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
						"--camunda.bpm.job-execution.enabled=false", "--gongkai.column.cache.bypass-token=" + TOKEN,
						"--logging.level.root=warn");
			try {
				int port = ((WebServerApplicationContext) app).getWebServer().getPort();
				String base = "http://localhost:" + port;
				long seedStart = System.nanoTime();
				List<Long> detailIds = seed(app.getBean(JdbcClient.class), records);
				System.out.printf("Seeded %,d published records in %.1f s%n", records, (System.nanoTime() - seedStart) / 1e9);

				List<String[]> rows = new ArrayList<>();
				rows.add(measure("section list", out, List.of(base + "/column/air-quality"), warmup, seconds, clients));
				rows.add(measure("search", out,
						List.of(base + "/column/air-quality?q=" + URLEncoder.encode("柳林断面", StandardCharsets.UTF_8)),
						warmup, seconds, clients));
				rows.add(measure("detail (1,000 records)", out,
						detailIds.stream().map(id -> base + "/column/records/" + id).toList(), warmup, seconds, clients));
				write(out.resolve("column.md"), records, seconds, clients, rows);
			}
			finally {
				app.close();
			}
		}
	}

	/**
	 * Published records spread over the environment-quality sections, as the schedule and the review chain would leave
	 * them: a record, its submitted version, its published version and its entry on the column each. One in a hundred bodies names 柳林断面.
	 */
	private static List<Long> seed(JdbcClient jdbc, int count) {
		jdbc.sql("""
				INSERT INTO gk_record (type_key, section_key, unit_id, drafter_id, status, title, index_no, summary, body,
				  date_formed, created_at, updated_at)
				SELECT 'env-quality', (ARRAY['air-quality', 'water-quality', 'drinking-water'])[1 + g % 3],
				  CASE WHEN g % 2 = 0 THEN 'jiance' ELSE 'jiancezhan' END, 'jianceDrafter', 'PUBLISHED',
				  '第' || g || '期环境质量状况', 'ZZHB-B-' || g, '全市国控点位监测结果（第' || g || '期）',
				  '本期全市环境空气质量优良天数' || (g % 15) || '天，AQI 日均值' || (50 + g % 80) || '。'
				    || CASE WHEN g % 100 = 0 THEN '柳林断面水质达到 III 类。' ELSE '各断面水质稳定。' END
				    || repeat('监测数据详见附件。', 10),
				  DATE '2020-01-01' + (g % 2000), TIMESTAMP WITH TIME ZONE '2020-01-01 08:00:00+08' + g * INTERVAL '30 minutes',
				  TIMESTAMP WITH TIME ZONE '2020-01-01 08:00:00+08' + g * INTERVAL '30 minutes'
				FROM generate_series(1, :count) g""").param("count", count).update();
		jdbc.sql("""
				INSERT INTO gk_record_version (record_id, version_no, title, index_no, summary, body, date_formed,
				  personal_info, major_concern, submitted_by, submitted_at)
				SELECT id, 1, title, index_no, summary, body, date_formed, FALSE, FALSE, drafter_id, created_at
				FROM gk_record WHERE index_no LIKE 'ZZHB-B-%'""").update();
		jdbc.sql("""
				INSERT INTO gk_published_version (record_id, version_id, section_key, unit_id, title, index_no, summary, body,
				  date_formed, published_at)
				SELECT r.id, v.id, r.section_key, r.unit_id, v.title, v.index_no, v.summary, v.body, v.date_formed,
				  r.created_at + INTERVAL '1 day'
				FROM gk_record r JOIN gk_record_version v ON v.record_id = r.id WHERE r.index_no LIKE 'ZZHB-B-%'""").update();
		jdbc.sql("""
				INSERT INTO gk_column_entry (record_id, version_id, section_key, unit_id, published_at)
				SELECT p.record_id, p.id, p.section_key, p.unit_id, p.published_at FROM gk_published_version p
				WHERE p.index_no LIKE 'ZZHB-B-%'""").update();
		jdbc.sql("ANALYZE").update();
		long max = jdbc.sql("SELECT MAX(id) FROM gk_published_version").query(Long.class).single();
		return LongStream.rangeClosed(Math.max(1, max - 999), max).boxed().toList();
	}

	/** One page, with the cache and without, in the same run; the load comes from a separate JVM. */
	static String[] measure(String name, Path out, List<String> urls, int warmup, int seconds, int clients)
			throws IOException, InterruptedException {
		Path urlFile = Files.write(out.resolve(name.replaceAll("\\W+", "-") + ".urls"), urls);
		String[] cached = load(urlFile, warmup, seconds, clients, null);
		String[] uncached = load(urlFile, warmup, seconds, clients, "X-Gongkai-Cache-Bypass: " + TOKEN);
		double cachedRps = Long.parseLong(cached[0]) / Double.parseDouble(cached[2]);
		double uncachedRps = Long.parseLong(uncached[0]) / Double.parseDouble(uncached[2]);
		System.out.printf(Locale.ROOT, "%s: cached %.0f req/s p99 %.1f ms; uncached %.0f req/s p99 %.1f ms%n", name,
				cachedRps, Long.parseLong(cached[4]) / 1000.0, uncachedRps, Long.parseLong(uncached[4]) / 1000.0);
		return new String[] { name, fmt(cachedRps), ms(cached[3]), ms(cached[4]), cached[1], fmt(uncachedRps),
				ms(uncached[3]), ms(uncached[4]), uncached[1], String.format(Locale.ROOT, "%.1f×", cachedRps / uncachedRps),
				String.format(Locale.ROOT, "%.2f", Double.parseDouble(ms(uncached[4])) / Double.parseDouble(ms(cached[4]))) };
	}

	private static String[] load(Path urls, int warmup, int seconds, int clients, String header)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), LoadGenerator.class.getName(), urls.toString(),
				String.valueOf(warmup), String.valueOf(seconds), String.valueOf(clients)));
		if (header != null) {
			command.add(header);
		}
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		if (process.waitFor() != 0) {
			throw new IllegalStateException("Load generator failed: " + output);
		}
		return output.split(" ");
	}

	private static void write(Path file, int records, int seconds, int clients, List<String[]> rows) throws IOException {
		StringBuilder md = new StringBuilder();
		md.append("# Public column benchmark\n\n")
			.append(String.format(Locale.ROOT,
					"%s; %,d published records on PostgreSQL (fsync and synchronous_commit on); %d clients in a separate "
							+ "JVM for %d s per measurement after a warm-up; %d CPUs, Java %s.%n%n",
					LocalDateTime.now().withNano(0), records, clients, seconds, Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version")))
			.append("| page | cached req/s | cached p50 ms | cached p99 ms | errors | uncached req/s | uncached p50 ms "
					+ "| uncached p99 ms | errors | throughput ratio | p99 ratio (uncached/cached) |\n")
			.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (String[] row : rows) {
			md.append("| ").append(String.join(" | ", row)).append(" |\n");
		}
		Files.writeString(file, md.toString());
		System.out.println(md);
	}

	private static String fmt(double rps) {
		return String.format(Locale.ROOT, "%.0f", rps);
	}

	private static String ms(String micros) {
		return String.format(Locale.ROOT, "%.1f", Long.parseLong(micros) / 1000.0);
	}

}
