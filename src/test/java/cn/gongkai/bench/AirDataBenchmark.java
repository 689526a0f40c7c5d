package cn.gongkai.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import cn.gongkai.GongkaiApplication;
import cn.gongkai.airquality.AirCsv;
import cn.gongkai.airquality.AirQualityData;
import cn.gongkai.airquality.AirStation;
import cn.gongkai.airquality.AirTableReading;
import cn.gongkai.airquality.Pollutant;
import cn.gongkai.airquality.StationDay;
import cn.gongkai.obligation.DueRules;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.obligation.ReportingPeriod;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.process.obligation.ScheduledStarts;
import cn.gongkai.record.PublishedRecords;
import cn.gongkai.support.Desk;
import cn.gongkai.support.Staff;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 19: air-quality data as the monitoring unit enters it and as the public reads it, on PostgreSQL with
 * production durability settings.
 *
 * <p>Import: a year of daily data for every seeded station, as the schedule asks for it, one table per half-month
 * record (a record accepts only its half-month's days, so a year is 24 uploads, not one), each uploaded as a CSV file
 * and, to another record, as the same table in an XLSX workbook, through {@link AirQualityData#upload}. Measured in
 * the same run, interleaved half-month by half-month: the same files read and checked without storing anything, and
 * the baseline, the same station-days (the index already computed) inserted by plain JDBC in one batch and one
 * transaction per half-month.
 *
 * <p>Reading: a record holding the 31 days up to today for every station (a record filed by hand; a scheduled one
 * holds a half-month) drafted, reviewed and published through its processes; its public page (table and SVG chart)
 * and its CSV and JSON downloads requested by a separate process with the column's cache and with it bypassed, and,
 * as a reference, the page of a published water-quality record, which has no table.
 *
 * <p>Writes {@code target/bench/air-data.md}. Run with {@code ./mvnw -Pbench verify -Dbench.main=AirDataBenchmark};
 * {@code -Dbench.halves=…} (half-months imported, 24), {@code -Dbench.seconds=…}, {@code -Dbench.warmup=…},
 * {@code -Dbench.clients=…}.
 */
public final class AirDataBenchmark {

	private static final String UNIT = "jiance";

	private static final String DRAFTER = "jianceDrafter";

	private AirDataBenchmark() {
	}

	/** One half-month's table, rendered both ways from the same values. */
	private record Table(ReportingPeriod period, int stationDays, byte[] csv, byte[] xlsx) {
	}

	/** How long each of one path's uploads took, in nanoseconds. */
	private record Timings(String path, long[] nanos, int stationDays) {

		double totalSeconds() {
			return Arrays.stream(nanos).sum() / 1e9;
		}

		double percentileMillis(double p) {
			return ThroughputBenchmark.percentile(nanos, p) / 1e6;
		}

	}

	public static void main(String[] args) throws Exception {
		int halves = Integer.getInteger("bench.halves", 24);
		int seconds = Integer.getInteger("bench.seconds", 15);
		int warmup = Integer.getInteger("bench.warmup", 5);
		int clients = Integer.getInteger("bench.clients", 16);
		Path out = Path.of("target", "bench");
		Files.createDirectories(out);

		try (EmbeddedPostgres postgres = DurablePostgres.start()) {
			// No job executor: the hourly schedule would open the current half-month's obligations mid-measurement.
			ConfigurableApplicationContext app = new SpringApplicationBuilder(GongkaiApplication.class)
				.run(ThroughputBenchmark.appArguments(postgres.getJdbcUrl("postgres", "postgres"),
						"--camunda.bpm.job-execution.enabled=false",
						"--gongkai.column.cache.bypass-token=" + ColumnBenchmark.TOKEN));
			try {
				Opener opener = new Opener(app);
				AirQualityData airData = app.getBean(AirQualityData.class);
				List<Timings> imports = importYear(opener, airData, app.getBean(DataSource.class), halves);

				int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
				Desk desk = new Desk(app.getBean(ProcessEngine.class));
				PublishedRecords published = app.getBean(PublishedRecords.class);
				Published month = publishMonth(opener, airData, desk, published);
				// The same kind of page without a table, for what the table and chart cost when rendered.
				ProcessInstance water = opener.open("bench-water", "水环境质量");
				long plain = publish(desk, published, water, opener.recordId(water), "近期全市水环境质量", "water-quality");
				String column = "http://localhost:" + port + "/column/records/";
				String base = column + month.versionId();
				List<String[]> pages = new ArrayList<>();
				for (String[] page : List.of(new String[] { "detail page, a water-quality record (no table)", column + plain },
						new String[] { "detail page with the table and chart", base },
						new String[] { "air.csv", base + "/air.csv" }, new String[] { "air.json", base + "/air.json" })) {
					String url = page[1];
					String[] row = ColumnBenchmark.measure(page[0], out, List.of(url), warmup, seconds, clients);
					pages.add(withSize(row, cachedSize(url)));
				}
				write(out.resolve("air-data.md"), halves, imports, month, seconds, clients, pages);
			}
			finally {
				app.close();
			}
		}
	}

	/** Opens obligations of the env-quality type for the monitoring unit and starts them as the schedule does. */
	private static final class Opener {

		private final ObligationService obligations;
		private final ScheduledStarts starts;
		private final DueRules dueRules;
		private final ProcessEngine engine;

		Opener(ConfigurableApplicationContext app) {
			this.obligations = app.getBean(ObligationService.class);
			this.starts = app.getBean(ScheduledStarts.class);
			this.dueRules = app.getBean(DueRules.class);
			this.engine = app.getBean(ProcessEngine.class);
		}

		/**
		 * A record for {@code occasion}; "2026-11-2/…" names a half-month as the schedule does, and the record then
		 * reports that half-month's days. Due well ahead, so that no deadline falls in the run (the schedule's own due day
		 * of a past half-month would already have passed).
		 */
		ProcessInstance open(String occasion, String subject) {
			var obligation = obligations
				.openForEvent("env-quality", UNIT, occasion, subject,
						dueRules.fixedDay(LocalDate.now().plusDays(60), "基准测试"))
				.orElseThrow();
			return starts.start(obligation);
		}

		long recordId(ProcessInstance pi) {
			return Long.parseLong(String.valueOf(engine.getRuntimeService().getVariable(pi.getId(), "recordId")));
		}

	}

	/**
	 * The {@code halves} half-months before the current one, each uploaded as CSV to one record and as XLSX to another,
	 * read and checked alone, and stored by the baseline; first all of it once on records of their own, to warm up.
	 */
	private static List<Timings> importYear(Opener opener, AirQualityData airData, DataSource dataSource, int halves)
			throws SQLException {
		List<AirStation> stations = airData.stations();
		LocalDate today = LocalDate.now();
		YearMonth month = YearMonth.from(today);
		int half = today.getDayOfMonth() <= 15 ? 1 : 2;
		List<String> occasions = new ArrayList<>();
		for (int i = 0; i < halves; i++) {
			if (half == 1) {
				month = month.minusMonths(1);
				half = 2;
			}
			else {
				half = 1;
			}
			occasions.add(0, month + "-" + half);
		}
		long opening = System.nanoTime();
		Map<String, long[]> records = new LinkedHashMap<>();
		for (String set : List.of("warm-up", "csv", "xlsx", "baseline")) {
			long[] ids = new long[halves];
			for (int i = 0; i < halves; i++) {
				ids[i] = opener.recordId(opener.open(occasions.get(i) + "/" + set, "空气质量 " + occasions.get(i)));
			}
			records.put(set, ids);
		}
		System.out.printf(Locale.ROOT, "Opened %d half-month records in %.1f s%n", 4 * halves,
				(System.nanoTime() - opening) / 1e9);

		List<Table> tables = new ArrayList<>();
		for (long recordId : records.get("csv")) {
			tables.add(table(stations, airData.periodOf(recordId)));
		}
		for (int i = 0; i < halves; i++) {
			long recordId = records.get("warm-up")[i];
			Table table = tables.get(i);
			airData.upload(recordId, "warm-up.csv", table.csv(), DRAFTER);
			airData.upload(recordId, "warm-up.xlsx", table.xlsx(), DRAFTER);
			AirTableReading.read(stations, table.period(), "warm-up.csv", table.csv());
			AirTableReading.read(stations, table.period(), "warm-up.xlsx", table.xlsx());
			insertPlainly(dataSource, recordId, table.period(),
					AirTableReading.read(stations, table.period(), "warm-up.csv", table.csv()));
		}

		long[] csv = new long[halves];
		long[] xlsx = new long[halves];
		long[] readCsv = new long[halves];
		long[] readXlsx = new long[halves];
		long[] baseline = new long[halves];
		int stationDays = 0;
		for (int i = 0; i < halves; i++) {
			Table table = tables.get(i);
			String name = table.period().name();
			stationDays += table.stationDays();
			long start = System.nanoTime();
			int stored = airData.upload(records.get("csv")[i], name + ".csv", table.csv(), DRAFTER).days().size();
			csv[i] = System.nanoTime() - start;
			start = System.nanoTime();
			airData.upload(records.get("xlsx")[i], name + ".xlsx", table.xlsx(), DRAFTER);
			xlsx[i] = System.nanoTime() - start;
			start = System.nanoTime();
			List<StationDay> days = AirTableReading.read(stations, table.period(), name + ".csv", table.csv());
			readCsv[i] = System.nanoTime() - start;
			start = System.nanoTime();
			AirTableReading.read(stations, table.period(), name + ".xlsx", table.xlsx());
			readXlsx[i] = System.nanoTime() - start;
			start = System.nanoTime();
			insertPlainly(dataSource, records.get("baseline")[i], table.period(), days);
			baseline[i] = System.nanoTime() - start;
			if (stored != table.stationDays() || days.size() != stored) {
				throw new IllegalStateException(name + ": " + table.stationDays() + " station-days sent, " + stored
						+ " stored, " + days.size() + " read");
			}
		}
		List<Timings> timings = List.of(
				new Timings("CSV through `AirQualityData.upload` (read, check, store)", csv, stationDays),
				new Timings("XLSX through `AirQualityData.upload`", xlsx, stationDays),
				new Timings("CSV read and checked only (nothing stored)", readCsv, stationDays),
				new Timings("XLSX read and checked only", readXlsx, stationDays),
				new Timings("baseline: the same station-days, plain JDBC batch, one transaction per half-month",
						baseline, stationDays));
		timings.forEach(t -> System.out.printf(Locale.ROOT, "%s: %.2f s, p50 %.1f ms%n", t.path(), t.totalSeconds(),
				t.percentileMillis(0.5)));
		return timings;
	}

	/**
	 * The record's template (every active station, every day of its period) filled in as a monitoring unit would:
	 * particulates high in winter, ozone in summer, each station a little off the city's mean, PM2.5 a part of PM10.
	 */
	private static Table table(List<AirStation> stations, ReportingPeriod period) {
		Map<String, Integer> position = new HashMap<>();
		for (int s = 0; s < stations.size(); s++) {
			position.put(stations.get(s).name(), s);
		}
		List<String> lines = AirCsv.template(stations, period.first(), period.last()).lines().toList();
		List<List<Object>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			LocalDate day = LocalDate.parse(cells[1]);
			int station = position.get(cells[0]);
			Random random = new Random(day.toEpochDay() * 31 + station);
			double winter = Math.cos(2 * Math.PI * (day.getDayOfYear() - 15) / 365.25);
			long pm25 = Math.round(Math.max(8, 62 + 38 * winter + 2 * (station - 4) + 18 * random.nextGaussian()));
			long pm10 = Math.round(pm25 * (1.5 + 0.3 * random.nextDouble()) + 5);
			long so2 = Math.round(Math.max(2, 10 + 5 * winter + 3 * random.nextGaussian()));
			long no2 = Math.round(Math.max(8, 40 + 12 * winter + 1.5 * (station - 4) + 9 * random.nextGaussian()));
			double co = Math.round(Math.max(0.2, 0.9 + 0.4 * winter + 0.2 * random.nextGaussian()) * 10) / 10.0;
			long o38 = Math.round(Math.max(10, 110 - 75 * winter + 30 * random.nextGaussian()));
			long o31 = Math.round(o38 * (1.15 + 0.15 * random.nextDouble()));
			rows.add(List.of(cells[0], day, pm25, pm10, so2, no2, co, o38, o31));
		}
		String header = lines.get(0).replace("\uFEFF", "");
		String csv = "\uFEFF" + header + "\r\n" + rows.stream()
			.map(r -> r.stream().map(String::valueOf).collect(Collectors.joining(",")))
			.collect(Collectors.joining("\r\n", "", "\r\n"));
		return new Table(period, rows.size(), csv.getBytes(StandardCharsets.UTF_8), xlsx(header.split(","), rows));
	}

	/** The same table as Excel saves it: names as shared strings, the day as a date cell, values as numbers. */
	private static byte[] xlsx(String[] header, List<List<Object>> rows) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet("空气质量");
			CellStyle date = book.createCellStyle();
			date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
			Row top = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				top.createCell(c).setCellValue(header[c]);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> values = rows.get(r);
				row.createCell(0).setCellValue((String) values.get(0));
				row.createCell(1).setCellValue((LocalDate) values.get(1));
				row.getCell(1).setCellStyle(date);
				for (int c = 2; c < values.size(); c++) {
					row.createCell(c).setCellValue(((Number) values.get(c)).doubleValue());
				}
			}
			book.write(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The baseline: a data set and its days written as they are, nothing read, checked, locked or replaced. */
	private static void insertPlainly(DataSource dataSource, long recordId, ReportingPeriod period, List<StationDay> days)
			throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			long setId;
			try (PreparedStatement set = connection.prepareStatement("""
					INSERT INTO gk_air_dataset (record_id, file_name, period_first, period_last, uploaded_by, uploaded_at)
					VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")) {
				set.setLong(1, recordId);
				set.setString(2, "baseline.csv");
				set.setObject(3, period.first());
				set.setObject(4, period.last());
				set.setString(5, DRAFTER);
				set.setObject(6, OffsetDateTime.now());
				try (ResultSet key = set.executeQuery()) {
					key.next();
					setId = key.getLong(1);
				}
			}
			try (PreparedStatement day = connection.prepareStatement("""
					INSERT INTO gk_air_day (dataset_id, station_id, measured_on, pm25, pm10, so2, no2, co, o3_8h, o3_1h,
					    aqi, aqi_level, primary_pollutants, exceeding_pollutants)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
				for (StationDay d : days) {
					day.setLong(1, setId);
					day.setString(2, d.stationId());
					day.setObject(3, d.day());
					int column = 4;
					for (Pollutant p : List.of(Pollutant.PM25, Pollutant.PM10, Pollutant.SO2, Pollutant.NO2, Pollutant.CO,
							Pollutant.O3_8H, Pollutant.O3_1H)) {
						if (d.concentration(p) == null) {
							day.setNull(column++, Types.NUMERIC);
						}
						else {
							day.setBigDecimal(column++, d.concentration(p));
						}
					}
					day.setInt(11, d.index().aqi());
					day.setString(12, d.index().level().name());
					day.setString(13, d.index().primary().stream().map(Pollutant::name).collect(Collectors.joining(",")));
					day.setString(14, d.index().exceeding().stream().map(Pollutant::name).collect(Collectors.joining(",")));
					day.addBatch();
				}
				day.executeBatch();
			}
			connection.commit();
		}
	}

	private record Published(long versionId, int stationDays, ReportingPeriod period) {
	}

	/**
	 * A record filed by hand (its period the 31 days up to today) with its table uploaded as CSV, then drafted, reviewed
	 * and published.
	 */
	private static Published publishMonth(Opener opener, AirQualityData airData, Desk desk, PublishedRecords published) {
		ProcessInstance pi = opener.open("bench-month", "空气质量月报");
		long recordId = opener.recordId(pi);
		ReportingPeriod period = airData.periodOf(recordId);
		airData.upload(recordId, "近31日.csv", table(airData.stations(), period).csv(), DRAFTER);
		long versionId = publish(desk, published, pi, recordId, "近31日全市空气质量", AirQualityData.SECTION);
		int days = airData.ofVersion(versionId).orElseThrow().days().size();
		System.out.printf("Published version %d with %d station-days (%s to %s)%n", versionId, days, period.first(),
				period.last());
		return new Published(versionId, days, period);
	}

	/** Drafted, reviewed and published by the unit's people through the processes, as the application tests do it. */
	private static long publish(Desk desk, PublishedRecords published, ProcessInstance pi, long recordId, String title,
			String section) {
		Map<String, Object> form = new HashMap<>(Staff.draft(title, false, false));
		form.put("section", section);
		desk.complete(pi, ObligationProcess.TASK_EDIT_DRAFT, DRAFTER, form);
		desk.approveAndPublish(pi, UNIT);
		return published.latestVersionId(recordId).orElseThrow();
	}

	/** The answer's size, after checking that a second request is served from the cache. */
	private static int cachedSize(String url) throws IOException, InterruptedException {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).GET().build();
		http.send(request, HttpResponse.BodyHandlers.discarding());
		HttpResponse<byte[]> second = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		if (second.statusCode() != 200 || !"hit".equals(second.headers().firstValue("X-Gongkai-Cache").orElse(""))) {
			throw new IllegalStateException(url + " is not served from the cache: " + second.statusCode() + " "
					+ second.headers().map());
		}
		return second.body().length;
	}

	private static String[] withSize(String[] row, int bytes) {
		String[] sized = new String[row.length + 1];
		sized[0] = row[0];
		sized[1] = String.format(Locale.ROOT, "%,d", bytes);
		System.arraycopy(row, 1, sized, 2, row.length - 1);
		return sized;
	}

	private static void write(Path file, int halves, List<Timings> imports, Published month, int seconds, int clients,
			List<String[]> pages) throws IOException {
		Timings baseline = imports.get(imports.size() - 1);
		StringBuilder md = new StringBuilder("# Air-quality data benchmark\n\n");
		md.append(String.format(Locale.ROOT,
				"%s; PostgreSQL with fsync and synchronous_commit on; %d CPUs, Java %s.%n%n",
				LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(),
				System.getProperty("java.version")))
			.append(String.format(Locale.ROOT,
					"## Import: %d half-month records, %,d station-days%n%n"
							+ "Each half-month's table to a record of its own, after a warm-up of the same on other records; "
							+ "the paths interleaved half-month by half-month.%n%n",
					halves, baseline.stationDays()))
			.append("| path | total s | per upload p50 / max ms | station-days/s | time / baseline's |\n")
			.append("|---|---:|---:|---:|---:|\n");
		for (Timings t : imports) {
			md.append(String.format(Locale.ROOT, "| %s | %.2f | %.1f / %.1f | %.0f | %.2f |%n", t.path(),
					t.totalSeconds(), t.percentileMillis(0.5), t.percentileMillis(1.0),
					t.stationDays() / t.totalSeconds(), t.totalSeconds() / baseline.totalSeconds()));
		}
		md.append(String.format(Locale.ROOT,
				"%n## The published record: %d station-days (%s to %s)%n%n"
						+ "%d clients in a separate JVM for %d s per measurement after a warm-up.%n%n",
				month.stationDays(), month.period().first(), month.period().last(), clients, seconds))
			.append("| answer | bytes | cached req/s | cached p50 ms | cached p99 ms | errors | uncached req/s "
					+ "| uncached p50 ms | uncached p99 ms | errors | throughput ratio | p99 ratio (uncached/cached) |\n")
			.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (String[] row : pages) {
			md.append("| ").append(String.join(" | ", row)).append(" |\n");
		}
		Files.writeString(file, md.toString());
		System.out.println(md);
	}

}
