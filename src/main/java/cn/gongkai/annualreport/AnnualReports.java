package cn.gongkai.annualreport;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gongkai.application.ApplicantKind;
import cn.gongkai.application.ApplicationService;
import cn.gongkai.application.ApplicationYear;
import cn.gongkai.application.OutcomeRow;
import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.record.PublishedContentRestored;
import cn.gongkai.record.PublishedRecord;
import cn.gongkai.record.PublishedRecords;
import cn.gongkai.record.Record;
import cn.gongkai.record.RecordRefusedException;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.VersionPublished;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly report on government information disclosure (条例第四十九条、第五十条; docs/design.md §10): the office's
 * obligation opened on 1 January for the year before, drafted on its data page in the national format, reviewed like
 * every record and published in its section. The figures the system holds are computed from its own records; the
 * others are entered, and the whole is checked before it is saved.
 */
@Service
public class AnnualReports {

	public static final String TYPE_KEY = "annual-report";
	public static final String SECTION = "annual-reports";
	/** The section whose records the penalty decisions are counted from. */
	static final String PENALTY_SECTION = "enforcement-results";

	private final AnnualReportRepository repository;
	private final RecordService records;
	private final ObligationService obligations;
	private final ApplicationService applications;
	private final PublishedRecords published;
	private final Clock clock;
	private final ZoneId zone;

	AnnualReports(AnnualReportRepository repository, RecordService records, ObligationService obligations,
			ApplicationService applications, PublishedRecords published, Clock clock,
			@Value("${gongkai.time-zone}") String zone) {
		this.repository = repository;
		this.records = records;
		this.obligations = obligations;
		this.applications = applications;
		this.published = published;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	/** A record of the annual reports' section, which carries a report. */
	public static boolean carriesReport(Record record) {
		return SECTION.equals(record.sectionKey());
	}

	/** The year a record reports on: the year before the one its obligation opened in. */
	public int yearOf(long recordId) {
		return obligations.ofRecord(recordId)
			.filter(o -> TYPE_KEY.equals(o.typeKey()))
			.map(Obligation::occasion)
			.map(occasion -> Integer.parseInt(occasion) - 1)
			.orElseThrow(() -> new RecordRefusedException("只有年度报告义务的记录可以填写年度报告"));
	}

	/** What the data page shows before anything is typed: the computed figures, and what was saved before. */
	public Draft draft(long recordId) {
		int year = yearOf(recordId);
		return new Draft(year, applications.year(year), penaltyDecisions(year), current(recordId),
				repository.publishedOfYear(year - 1));
	}

	/** The figures computed for {@code year}, the report saved last (if any) and last year's published report. */
	public record Draft(int year, ApplicationYear applications, int penaltyDecisions, Optional<AnnualReport> saved,
			Optional<AnnualReport> lastYear) {
	}

	/** Checks the whole report and saves it as a new, unchangeable report of the record; refused whole otherwise. */
	@Transactional
	public AnnualReport save(long recordId, AnnualReportForm form, String userId) {
		Record record = records.lockEditable(recordId);
		if (!carriesReport(record)) {
			throw new RecordRefusedException("只有年度报告栏目的记录可以填写年度报告");
		}
		int year = yearOf(recordId);
		List<String> problems = new ArrayList<>();
		String overview = AnnualReportCheck.text(form.overview(), "一、总体情况", true, problems);
		String difficulties = AnnualReportCheck.text(form.problems(), "五、存在的主要问题及改进情况", true, problems);
		String other = AnnualReportCheck.text(form.otherMatters(), "六、其他需要报告的事项", false, problems);
		Map<ActiveRow, Map<ActiveRow.ActiveColumn, BigDecimal>> active = AnnualReportCheck.active(form,
				penaltyDecisions(year), problems);
		ApplicationYear counted = applications.year(year);
		AnnualReportCheck.applications(counted, repository.publishedOfYear(year - 1), problems);
		Map<RemedyRow, Map<RemedyRow.RemedyColumn, Integer>> remedies = AnnualReportCheck.remedies(form, problems);
		if (!problems.isEmpty()) {
			throw new AnnualReportRefusedException(problems);
		}
		long id = repository.insert(recordId, year, overview, difficulties, other.isEmpty() ? "无。" : other, active,
				counted, remedies, userId, OffsetDateTime.now(clock));
		return repository.current(recordId).filter(r -> r.id() == id).orElseThrow();
	}

	public Optional<AnnualReport> current(long recordId) {
		return repository.current(recordId);
	}

	public Optional<AnnualReport> ofVersion(long publishedVersionId) {
		return repository.ofVersion(publishedVersionId);
	}

	/**
	 * Penalty decisions of the year: the enforcement results formed in it (their 生成日期) that the column has
	 * published, each counted once.
	 */
	public int penaltyDecisions(int year) {
		return penaltyRecords(year).size();
	}

	/** The enforcement results {@link #penaltyDecisions} counts, as first published. */
	public List<PublishedRecord> penaltyRecords(int year) {
		return published.firstPublishedFormedIn(PENALTY_SECTION, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
	}

	/** A report in words and figures for the review forms: what the reviewers approve is what is published. */
	public String forReview(AnnualReport report) {
		StringBuilder text = new StringBuilder();
		text.append(report.year()).append("年度政府信息公开工作年度报告（").append(report.savedAt().atZoneSameInstant(zone).toLocalDate())
			.append(" 保存）\n\n一、总体情况\n").append(report.overview()).append("\n\n二、主动公开政府信息情况\n");
		for (ActiveRow row : ActiveRow.values()) {
			text.append(row.article()).append(" ").append(row.label()).append("：");
			report.active().get(row).forEach((column, value) -> text.append(column.label()).append(" ")
				.append(NationalFormat.figure(column, value)).append("；"));
			text.append(row == AnnualReportCheck.COMPUTED_ACTIVE ? "（系统按本年形成并已公开的执法结果统计）\n" : "\n");
		}
		text.append("\n三、收到和处理政府信息公开申请情况（系统统计；依次为自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他、总计）\n");
		ApplicationYear a = report.applications();
		line(text, "一、本年新收政府信息公开申请数量", a.received());
		line(text, "二、上年结转政府信息公开申请数量", a.carriedOver());
		for (OutcomeRow row : OutcomeRow.values()) {
			line(text, "三、" + row.label(), a.outcomes().get(row));
		}
		line(text, "三、（七）总计", totals(a));
		line(text, "四、结转下年度继续办理", a.carriedForward());
		text.append("\n四、政府信息公开行政复议、行政诉讼情况\n");
		for (RemedyRow row : RemedyRow.values()) {
			text.append(row.label()).append("：");
			report.remedies().get(row).forEach((column, value) -> text.append(column.label()).append(" ").append(value)
				.append("；"));
			text.append('\n');
		}
		text.append("\n五、存在的主要问题及改进情况\n").append(report.problems()).append("\n\n六、其他需要报告的事项\n")
			.append(report.otherMatters());
		return text.toString();
	}

	/** Each kind's closed applications: the row （七）总计. */
	public static Map<ApplicantKind, Integer> totals(ApplicationYear year) {
		Map<ApplicantKind, Integer> totals = new java.util.EnumMap<>(ApplicantKind.class);
		for (ApplicantKind kind : ApplicantKind.values()) {
			totals.put(kind, AnnualReportCheck.closed(year, kind));
		}
		return totals;
	}

	private static void line(StringBuilder text, String label, Map<ApplicantKind, Integer> cells) {
		text.append(label).append("：");
		int total = 0;
		for (ApplicantKind kind : ApplicantKind.values()) {
			text.append(cells.get(kind)).append(" ");
			total += cells.get(kind);
		}
		text.append("| ").append(total).append('\n');
	}

	/** A record published under another section publishes no report. */
	@EventListener
	void versionPublished(VersionPublished event) {
		if (SECTION.equals(event.sectionKey())) {
			repository.current(event.recordId()).ifPresent(report -> repository.linkVersion(event.versionId(), report.id()));
		}
	}

	/** A correction that did not take effect leaves the report its published version has, as the text goes back too. */
	@EventListener
	void publishedContentRestored(PublishedContentRestored event) {
		repository.ofVersion(event.versionId())
			.ifPresent(report -> repository.restore(event.recordId(), report.id(), OffsetDateTime.now(clock)));
	}

}
