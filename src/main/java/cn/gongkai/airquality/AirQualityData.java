package cn.gongkai.airquality;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.gongkai.datatable.DataRefusedException;
import cn.gongkai.datatable.DraftData;
import cn.gongkai.datatable.TableCells;
import cn.gongkai.datatable.TableFile;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.obligation.ReportingPeriod;
import cn.gongkai.record.PublishedContentRestored;
import cn.gongkai.record.PublishedRecords;
import cn.gongkai.record.Record;
import cn.gongkai.record.RecordRefusedException;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.TextHygiene;
import cn.gongkai.record.VersionPublished;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A record's air-quality table (issue: environmental data as data): checked whole and stored whole, or refused with
 * every problem; what a published version showed is the data set it named when it was published.
 */
@Service
public class AirQualityData {

	/** The column's section whose records carry the table. */
	public static final String SECTION = "air-quality";

	private final AirDataRepository repository;

	private final RecordService records;

	private final ObligationService obligations;

	private final PublishedRecords published;

	private final Clock clock;

	AirQualityData(AirDataRepository repository, RecordService records, ObligationService obligations,
			PublishedRecords published, Clock clock) {
		this.repository = repository;
		this.records = records;
		this.obligations = obligations;
		this.published = published;
		this.clock = clock;
	}

	/** A record that may be filed under 空气质量: its drafter may enter a table before choosing the section. */
	public boolean accepts(Record record) {
		return obligations.sectionsFor(record.id(), record.typeKey()).contains(SECTION);
	}

	/** A record filed under 空气质量: its table is reviewed and published with it. */
	public static boolean publishesData(Record record) {
		return SECTION.equals(record.sectionKey());
	}

	public List<AirStation> stations() {
		return repository.activeStations();
	}

	/**
	 * Adds a station the units may report for. Its code is the bureau's own (letters, digits, hyphens), its name as the
	 * city's bulletins give it; neither may repeat an existing station's, retired ones included.
	 */
	@Transactional
	public void addStation(String id, String name) {
		String code = id == null ? "" : id.strip();
		String title = name == null ? "" : TextHygiene.printable(name).strip();
		List<String> problems = new java.util.ArrayList<>();
		if (!code.matches("[A-Za-z0-9-]{2,32}")) {
			problems.add("点位代码须为 2 至 32 位字母、数字或连字符");
		}
		if (title.isEmpty() || title.length() > 64) {
			problems.add("点位名称不能为空，且不超过 64 个字");
		}
		// Names as the table check matches them: "银行 学校" would be a second 银行学校 no table could reach.
		if (problems.isEmpty() && repository.allStations()
			.stream()
			.anyMatch(s -> s.id().equals(code) || TableCells.normal(s.name()).equals(TableCells.normal(title)))) {
			problems.add("已有相同代码或名称的点位（含已停用的点位）");
		}
		if (!problems.isEmpty()) {
			throw new DataRefusedException(problems);
		}
		repository.insertStation(code, title);
	}

	/** Retires a station (no longer in templates or accepted in new tables) or brings it back. */
	@Transactional
	public void setStationActive(String id, boolean active) {
		if (repository.setStationActive(id, active) == 0) {
			throw new DataRefusedException("点位不存在");
		}
	}

	/** Every station, retired ones too: a published table names the stations of its time. */
	public List<AirStation> allStations() {
		return repository.allStations();
	}

	/**
	 * The days a record's table may report: its obligation's half-month, up to today; for a record of no half-month
	 * (filed by hand), the period of its published table during a correction, or else the 31 days up to today.
	 */
	public ReportingPeriod periodOf(long recordId) {
		LocalDate today = LocalDate.now(clock);
		// A correction of a record of no half-month re-enters the days its published table has.
		ReportingPeriod period = obligations.reportingPeriodOf(recordId)
			.or(() -> published.latestVersionId(recordId)
				.flatMap(repository::ofVersion)
				.map(set -> new ReportingPeriod(set.first(), set.last(), "已公开数据表的期间")))
			.orElseGet(() -> new ReportingPeriod(today.minusDays(30), today, "近 31 日"));
		return period.last().isAfter(today) ? new ReportingPeriod(period.first(), today, period.name()) : period;
	}

	/** Checks and stores an uploaded table as the record's data set; a table with any problem stores nothing. */
	@Transactional
	public AirDataSet upload(long recordId, String fileName, byte[] content, String userId) {
		Record record = checkedEditable(recordId);
		ReportingPeriod period = periodOf(recordId);
		if (period.last().isBefore(period.first())) {
			throw new DataRefusedException("本期（" + period.name() + "）尚未开始，还没有可填报的日期");
		}
		List<StationDay> days = new AirTableCheck(stations(), period.first(), period.last())
			.read(TableFile.rows(fileName, content));
		// Locked after the file is read and checked, so that a slow file holds no lock; checked again under it.
		lockEditable(recordId);
		// The new table replaces every earlier one of the draft: removing it later brings none of them back.
		repository.restore(recordId, null, OffsetDateTime.now(clock));
		long id = repository.insertDataSet(record.id(), DraftData.fileName(fileName),
				period.first(), period.last(), userId, OffsetDateTime.now(clock));
		repository.insertDays(id, days);
		return repository.current(recordId).orElseThrow();
	}

	/** Takes the table off a record that is being drafted (a published version keeps the table it published). */
	@Transactional
	public void remove(long recordId) {
		checkedEditable(recordId);
		lockEditable(recordId);
		repository.restore(recordId, null, OffsetDateTime.now(clock));
	}

	/** The set's rows, each station by the name it had in the reference list. */
	public List<AirDayRow> rows(AirDataSet set) {
		return rows(set, stationNames());
	}

	/** What a page shows of a set: its rows, its chart and its summary, the stations' names read once. */
	public AirTable table(AirDataSet set) {
		Map<String, String> names = stationNames();
		return new AirTable(rows(set, names), AirChart.of(set, names), AirDataSummary.of(set));
	}

	/**
	 * What a reviewer reads in the review form: the summary, then every station-day with its index, level and primary
	 * pollutant and the concentrations it was computed from, so that the form shows the whole table it approves.
	 */
	public String forReview(AirDataSet set) {
		AirTable table = table(set);
		StringBuilder text = new StringBuilder(table.summary()).append("\n\n逐日数据（日期 点位：AQI 级别 类别，首要污染物；")
			.append("PM2.5、PM10、SO2、NO2、CO、O3_8h、O3_1h）：");
		table.rows()
			.forEach(r -> text.append('\n')
				.append(r.date())
				.append(' ')
				.append(r.stationName())
				.append("：AQI ")
				.append(r.aqi())
				.append(' ')
				.append(r.level().grade())
				.append(' ')
				.append(r.level().category())
				.append("，首要污染物 ")
				.append(r.primaryLabel())
				.append("；")
				.append(String.join("、", r.values())));
		return text.toString();
	}

	public record AirTable(List<AirDayRow> rows, AirChart chart, String summary) {
	}

	private static List<AirDayRow> rows(AirDataSet set, Map<String, String> names) {
		return set.days().stream().map(d -> AirDayRow.of(d, names.getOrDefault(d.stationId(), d.stationId()))).toList();
	}

	private Map<String, String> stationNames() {
		return allStations().stream().collect(Collectors.toMap(AirStation::id, AirStation::name));
	}

	public Optional<AirDataSet> current(long recordId) {
		return repository.current(recordId);
	}

	public Optional<AirDataSet> ofVersion(long publishedVersionId) {
		return repository.ofVersion(publishedVersionId);
	}

	/** A correction that did not take effect leaves the table its published version has, as the text goes back too. */
	@EventListener
	void publishedContentRestored(PublishedContentRestored event) {
		repository.restore(event.recordId(), repository.ofVersion(event.versionId()).map(AirDataSet::id).orElse(null),
				OffsetDateTime.now(clock));
	}

	/** A record published under another section publishes no table, whatever its drafter entered. */
	@EventListener
	void versionPublished(VersionPublished event) {
		if (SECTION.equals(event.sectionKey())) {
			repository.current(event.recordId()).ifPresent(set -> repository.linkVersion(event.versionId(), set.id()));
		}
	}

	private Record checkedEditable(long recordId) {
		Record record = records.get(recordId);
		if (!accepts(record)) {
			throw new RecordRefusedException("只有空气质量类记录可以填报空气质量数据");
		}
		return DraftData.editable(record);
	}

	/** Locks the record against a submission until the transaction ends; refused if it was submitted meanwhile. */
	private void lockEditable(long recordId) {
		records.lockEditable(recordId);
	}

}
