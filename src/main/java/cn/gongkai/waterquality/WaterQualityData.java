package cn.gongkai.waterquality;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.gongkai.datatable.DataRefusedException;
import cn.gongkai.datatable.DraftData;
import cn.gongkai.datatable.TableCells;
import cn.gongkai.datatable.TableFile;
import cn.gongkai.obligation.ObligationService;
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
 * A record's water table (surface water or drinking-water sources, docs/design.md §8): checked whole and stored whole,
 * or refused with every problem; what a published version showed is the data set it named when it was published.
 */
@Service
public class WaterQualityData {

	private final WaterDataRepository repository;

	private final RecordService records;

	private final ObligationService obligations;

	private final PublishedRecords published;

	private final Clock clock;

	WaterQualityData(WaterDataRepository repository, RecordService records, ObligationService obligations,
			PublishedRecords published, Clock clock) {
		this.repository = repository;
		this.records = records;
		this.obligations = obligations;
		this.published = published;
		this.clock = clock;
	}

	/** The water tables a record may carry: those of the water sections it may be filed under. */
	public List<WaterKind> kindsFor(Record record) {
		List<String> sections = obligations.sectionsFor(record.id(), record.typeKey());
		return Arrays.stream(WaterKind.values()).filter(k -> sections.contains(k.section())).toList();
	}

	/**
	 * The table a record carries: that of the water section it is filed under, or of the only water section it may be
	 * filed under, or the one asked for while its drafter has not chosen; empty if none of these holds.
	 */
	public Optional<WaterKind> kindFor(Record record, WaterKind asked) {
		List<WaterKind> kinds = kindsFor(record);
		Optional<WaterKind> filed = WaterKind.ofSection(record.sectionKey()).filter(kinds::contains);
		if (filed.isPresent()) {
			return filed;
		}
		if (kinds.size() == 1) {
			return Optional.of(kinds.get(0));
		}
		return Optional.ofNullable(asked).filter(kinds::contains);
	}

	/** A record whose published version carries this data set: it is filed under the data set's section. */
	public static boolean publishes(Record record, WaterDataSet set) {
		return set.kind().section().equals(record.sectionKey());
	}

	public List<WaterSite> sites(WaterKind kind) {
		return repository.sites().stream().filter(s -> s.kind() == kind && s.active()).toList();
	}

	/** Every site, retired ones too: a published table names the sites of its time. */
	public List<WaterSite> allSites() {
		return repository.sites();
	}

	/**
	 * The months a table may report: for a half-month's update, its month and the one before (monthly results are
	 * published after the month); for a correction of a record of no half-month, the months its published table has;
	 * else the twelve months up to this one. Never a month after this one.
	 */
	public WaterMonths monthsOf(long recordId) {
		YearMonth now = YearMonth.now(clock);
		WaterMonths months = obligations.reportingPeriodOf(recordId)
			.map(p -> new WaterMonths(YearMonth.from(p.first()).minusMonths(1), YearMonth.from(p.last()), p.name()))
			.or(() -> published.latestVersionId(recordId)
				.flatMap(repository::ofVersion)
				.map(set -> new WaterMonths(set.first(), set.last(), "已公开数据表的期间")))
			.orElseGet(() -> new WaterMonths(now.minusMonths(11), now, "近 12 个月"));
		return months.last().isAfter(now) ? new WaterMonths(months.first(), now, months.name()) : months;
	}

	/** Checks and stores an uploaded table as the record's data set; a table with any problem stores nothing. */
	@Transactional
	public WaterDataSet upload(long recordId, WaterKind asked, String fileName, byte[] content, String userId) {
		Record record = checkedEditable(recordId);
		WaterKind kind = kindFor(record, asked)
			.orElseThrow(() -> new RecordRefusedException("请先选择数据表的种类（水环境质量或饮用水源地水质）"));
		WaterMonths months = monthsOf(recordId);
		if (months.last().isBefore(months.first())) {
			throw new DataRefusedException("本期（" + months.name() + "）尚未开始，还没有可填报的月份");
		}
		List<SiteMonth> rows = new WaterTableCheck(kind, sites(kind), months.first(), months.last())
			.read(TableFile.rows(fileName, content));
		// Locked after the file is read and checked, so that a slow file holds no lock; checked again under it.
		records.lockEditable(recordId);
		repository.restore(recordId, null, OffsetDateTime.now(clock));
		long id = repository.insertDataSet(record.id(), kind, DraftData.fileName(fileName),
				months.first(), months.last(), userId, OffsetDateTime.now(clock));
		repository.insertMonths(id, rows);
		return repository.current(recordId).orElseThrow();
	}

	/** Takes the table off a record that is being drafted (a published version keeps the table it published). */
	@Transactional
	public void remove(long recordId) {
		checkedEditable(recordId);
		records.lockEditable(recordId);
		repository.restore(recordId, null, OffsetDateTime.now(clock));
	}

	public Optional<WaterDataSet> current(long recordId) {
		return repository.current(recordId);
	}

	public Optional<WaterDataSet> ofVersion(long publishedVersionId) {
		return repository.ofVersion(publishedVersionId);
	}

	/** What a page shows of a set: its rows with the sites' names, its chart and its summary, the sites read once. */
	public WaterTable table(WaterDataSet set) {
		Map<String, WaterSite> sites = allSites().stream().collect(Collectors.toMap(WaterSite::id, s -> s));
		List<WaterRow> rows = set.months().stream().map(m -> WaterRow.of(m, sites.get(m.siteId()))).toList();
		return new WaterTable(set.items(), rows, WaterChart.of(set, rows), WaterDataSummary.of(set, rows));
	}

	/**
	 * What a reviewer reads of a record's water table: for a record filed under a water section, the summary of the
	 * table it would publish, or that it has none.
	 */
	public Optional<String> reviewSummary(Record record) {
		return WaterKind.ofSection(record.sectionKey())
			.map(kind -> current(record.id()).filter(set -> set.kind() == kind)
				.map(this::forReview)
				.orElse("未上传" + kind.title() + "数据表：本记录只有文字内容。"));
	}

	/**
	 * The summary, then every site-month with its class, target, verdict and each item's value and class, so that the
	 * review form shows the whole table it approves.
	 */
	private String forReview(WaterDataSet set) {
		WaterTable table = table(set);
		StringBuilder text = new StringBuilder(table.summary()).append("\n\n逐月数据（月份 ")
			.append(set.kind().siteNoun())
			.append("：水质类别，目标，达标情况；各项目浓度与类别）：");
		for (WaterRow r : table.rows()) {
			text.append('\n')
				.append(r.month())
				.append(' ')
				.append(r.siteName())
				.append("（")
				.append(r.water())
				.append("）：")
				.append(r.siteClass() == null ? "未评价类别" : r.siteClass().label())
				.append("，目标")
				.append(r.target().label())
				.append("，")
				.append(r.verdict());
			if (!r.meets()) {
				text.append("（").append(r.exceedingText()).append("）");
			}
			text.append("；");
			text.append(table.items()
				.stream()
				.filter(i -> r.data().value(i) != null)
				.map(i -> i.label() + " " + r.value(i) + (r.itemClass(i) == null ? "" : " " + r.itemClass(i).label()))
				.collect(Collectors.joining("、")));
		}
		return text.toString();
	}

	public record WaterTable(List<WaterItem> items, List<WaterRow> rows, WaterChart chart, String summary) {
	}

	/**
	 * Adds a section or source the units may report for. Its code is the bureau's own (letters, digits, hyphens), its
	 * name as the bulletins give it (not repeating another of its kind, retired ones included), the water it is on, and
	 * the class it is to meet.
	 */
	@Transactional
	public void addSite(WaterKind kind, String id, String name, String water, boolean lake, WaterClass target) {
		String code = id == null ? "" : id.strip();
		String title = name == null ? "" : TextHygiene.printable(name).strip();
		String on = water == null ? "" : TextHygiene.printable(water).strip();
		List<String> problems = new ArrayList<>();
		if (kind == null) {
			problems.add("请选择种类（地表水断面或饮用水源地）");
		}
		if (!code.matches("[A-Za-z0-9-]{2,32}")) {
			problems.add("代码须为 2 至 32 位字母、数字或连字符");
		}
		if (title.isEmpty() || title.length() > 64) {
			problems.add("名称不能为空，且不超过 64 个字");
		}
		if (on.isEmpty() || on.length() > 64) {
			problems.add("所在水体不能为空，且不超过 64 个字");
		}
		if (target == null || !target.isTarget()) {
			problems.add("请选择水质目标（Ⅰ类至Ⅴ类）");
		}
		if (problems.isEmpty() && repository.sites()
			.stream()
			.anyMatch(s -> s.id().equals(code)
					|| s.kind() == kind && TableCells.normal(s.name()).equals(TableCells.normal(title)))) {
			problems.add("已有相同代码或名称的" + kind.siteNoun() + "（含已停用的）");
		}
		if (!problems.isEmpty()) {
			throw new DataRefusedException(problems);
		}
		repository.insertSite(new WaterSite(code, kind, title, on, lake, target, true));
	}

	@Transactional
	public void setSiteActive(String id, boolean active) {
		if (repository.setActive(id, active) == 0) {
			throw new DataRefusedException("断面或水源地不存在");
		}
	}

	/** A new target applies to tables entered from now on; published months keep the target they were judged by. */
	@Transactional
	public void setTarget(String id, WaterClass target) {
		if (target == null || !target.isTarget()) {
			throw new DataRefusedException("请选择水质目标（Ⅰ类至Ⅴ类）");
		}
		if (repository.setTarget(id, target) == 0) {
			throw new DataRefusedException("断面或水源地不存在");
		}
	}

	/** A correction that did not take effect leaves the table its published version has, as the text goes back too. */
	@EventListener
	void publishedContentRestored(PublishedContentRestored event) {
		repository.restore(event.recordId(), repository.ofVersion(event.versionId()).map(WaterDataSet::id).orElse(null),
				OffsetDateTime.now(clock));
	}

	/** A record publishes the table of the section it is filed under, and no other, whatever its drafter entered. */
	@EventListener
	void versionPublished(VersionPublished event) {
		WaterKind.ofSection(event.sectionKey())
			.flatMap(kind -> repository.current(event.recordId()).filter(set -> set.kind() == kind))
			.ifPresent(set -> repository.linkVersion(event.versionId(), set.id()));
	}

	private Record checkedEditable(long recordId) {
		Record record = records.get(recordId);
		if (kindsFor(record).isEmpty()) {
			throw new RecordRefusedException("只有水环境质量或饮用水源地水质类记录可以填报水质数据");
		}
		return DraftData.editable(record);
	}


}
