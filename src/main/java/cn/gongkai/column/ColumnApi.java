package cn.gongkai.column;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import cn.gongkai.airquality.AirQualityData;
import cn.gongkai.annualreport.AnnualReports;
import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.organization.Organization;
import cn.gongkai.record.AttachmentService;
import cn.gongkai.record.ChangeKind;
import cn.gongkai.record.ColumnChange;
import cn.gongkai.record.ColumnQuery;
import cn.gongkai.record.PublishedRecord;
import cn.gongkai.record.PublishedRecords;
import cn.gongkai.record.RecordChange;
import cn.gongkai.site.Bureau;
import cn.gongkai.site.PublicUrl;
import cn.gongkai.waterquality.WaterQualityData;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The column as JSON for the city government's site, described by {@code /api/column/openapi.json}. Published
 * versions only; nothing here can carry a complainant's identity.
 */
@RestController
class ColumnApi {

	static final int PAGE_SIZE = 20;

	/** How many withdrawals the list gives: enough for a site that reads it daily. */
	static final int WITHDRAWN_LISTED = 100;

	static final int CHANGES_DEFAULT = 100;

	/** A page of changes carries no body, so a thousand stay well under a megabyte. */
	static final int CHANGES_MAX = 1000;

	/** A cursor is a change's number: digits only, and few enough to be a long. */
	private static final Pattern CURSOR = Pattern.compile("[0-9]{1,18}");

	private static final Pattern COUNT = Pattern.compile("[0-9]{1,4}");

	private final PublishedRecords published;
	private final AttachmentService attachments;
	private final Catalogue catalogue;
	private final Organization organization;
	private final Clock clock;
	private final PublicUrl publicUrl;
	private final AirQualityData airData;
	private final WaterQualityData waterData;
	private final AnnualReports annualReports;
	private final Bureau bureau;

	ColumnApi(PublishedRecords published, AttachmentService attachments, Catalogue catalogue, Organization organization,
			Clock clock, PublicUrl publicUrl, AirQualityData airData, WaterQualityData waterData,
			AnnualReports annualReports, Bureau bureau) {
		this.published = published;
		this.attachments = attachments;
		this.catalogue = catalogue;
		this.organization = organization;
		this.clock = clock;
		this.publicUrl = publicUrl;
		this.airData = airData;
		this.waterData = waterData;
		this.annualReports = annualReports;
		this.bureau = bureau;
	}

	record SectionView(String key, String name, String group) {
	}

	record RecordSummary(long id, String title, String indexNo, String summary, String unitId, String unitName,
			LocalDate dateFormed, OffsetDateTime publishedAt, String url) {
	}

	record Page(String section, int page, int pages, long total, List<RecordSummary> records) {
	}

	record AttachmentView(long id, String fileName, String mediaType, long sizeBytes, String url) {
	}

	record NoteView(String kind, String reason, OffsetDateTime effectiveAt, String url) {
	}

	/**
	 * A version as the column shows it at its address: a retracted one keeps its catalogue data and the notice, not
	 * its summary, body or files; a corrected one points to the version that replaced it.
	 */
	record RecordView(long id, String section, String title, String indexNo, String summary, String body, String unitId,
			String unitName, LocalDate dateFormed, OffsetDateTime publishedAt, String url, String state,
			String currentUrl, List<NoteView> notes, List<AttachmentView> attachments, AirQualityView airQuality,
			WaterQualityView waterQuality, AnnualReportView annualReport) {
	}

	@GetMapping("/api/column/sections")
	List<SectionView> sections() {
		return catalogue.sections().stream().map(s -> new SectionView(s.key(), s.name(), s.group())).toList();
	}

	record WithdrawnView(long id, String kind, String reason, OffsetDateTime effectiveAt, String url, String replacedByUrl) {
	}

	/**
	 * The section's versions an effective change took off the column, newest first: a site that copied the column
	 * drops a retracted one and replaces a corrected one. The same list the feed carries as tombstones.
	 */
	@GetMapping("/api/column/sections/{key}/withdrawn")
	List<WithdrawnView> withdrawn(@PathVariable String key) {
		Catalogue.Section section = catalogue.section(key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "栏目不存在：" + key));
		return published.withdrawn(section.key(), WITHDRAWN_LISTED)
			.stream()
			.map(w -> new WithdrawnView(w.versionId(), w.kind() == ChangeKind.RETRACTION ? "retraction" : "correction",
					w.reason(), local(w.at()), recordUrl(w.versionId()),
					w.replacedBy() == null ? null : recordUrl(w.replacedBy())))
			.toList();
	}

	/**
	 * One change of the column: {@code recordId} is the same for every version of a record (the id of its first
	 * version); {@code record} is the version as the section's list shows it, null for a retraction and for a record
	 * retracted since, whose text is no longer public.
	 */
	record ChangeView(long seq, String kind, long recordId, long versionId, Long replacesVersionId, String section,
			OffsetDateTime effectiveAt, String reason, String url, String apiUrl, RecordSummary record) {
	}

	record ChangesPage(List<ChangeView> changes, long next, boolean more) {
	}

	/**
	 * The column's changes after {@code since}, in the order they took effect: a site that applies them in turn to its
	 * copy, starting from since=0 and then from each answer's {@code next}, stays equal to the column.
	 */
	@GetMapping("/api/column/changes")
	ChangesPage changes(@RequestParam(required = false) String since, @RequestParam(required = false) String limit) {
		long after = 0;
		if (since != null) {
			if (!CURSOR.matcher(since).matches()) {
				throw new IllegalArgumentException("since 应为变更列表给出的 next 值（非负整数），从头读取时为 0");
			}
			after = Long.parseLong(since);
		}
		int size = CHANGES_DEFAULT;
		if (limit != null) {
			if (!COUNT.matcher(limit).matches() || Integer.parseInt(limit) < 1 || Integer.parseInt(limit) > CHANGES_MAX) {
				throw new IllegalArgumentException("limit 应为 1 到 " + CHANGES_MAX + " 之间的整数");
			}
			size = Integer.parseInt(limit);
		}
		long last = published.lastChange();
		if (after > last) {
			// Only a cursor this server never gave, or one from before the database was restored: the copy cannot be
			// trusted, and silence would hide that.
			throw new IllegalArgumentException("since 超出了已有的变更（最新为 " + last + "），请从 since=0 重新读取");
		}
		List<ColumnChange> changes = published.changesAfter(after, size + 1);
		boolean more = changes.size() > size;
		List<ColumnChange> page = more ? changes.subList(0, size) : changes;
		return new ChangesPage(page.stream().map(this::change).toList(),
				page.isEmpty() ? after : page.get(page.size() - 1).seq(), more);
	}

	private ChangeView change(ColumnChange c) {
		ColumnChange.Listing l = c.listing();
		return new ChangeView(c.seq(), c.kind().name().toLowerCase(Locale.ROOT), c.recordKey(), c.versionId(),
				c.replacedVersionId(), c.sectionKey(), local(c.effectiveAt()), c.reason(), recordUrl(c.versionId()),
				publicUrl.of("/api/column/records/" + c.versionId()),
				l == null ? null
						: new RecordSummary(c.versionId(), l.title(), l.indexNo(), l.summary(), l.unitId(),
								unitName(l.unitId()), l.dateFormed(), local(l.publishedAt()), recordUrl(c.versionId())));
	}

	@GetMapping("/api/column/sections/{key}/records")
	Page records(@PathVariable String key, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) String q, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String unit) {
		Catalogue.Section section = catalogue.section(key)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "栏目不存在：" + key));
		if (q != null && q.strip().length() > ColumnController.MAX_WORDS) {
			throw new IllegalArgumentException("搜索词不能超过 " + ColumnController.MAX_WORDS + " 个字");
		}
		if (unit != null && !organization.unitNames().containsKey(unit)) {
			throw new IllegalArgumentException("发布单位无效：" + unit);
		}
		ColumnQuery query = new ColumnQuery(section.key(), q, start(from), end(to), unit);
		long total = published.count(query);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		return new Page(section.key(), current, pages, total, published.search(query, (current - 1) * PAGE_SIZE, PAGE_SIZE)
			.stream()
			.map(this::summary)
			.toList());
	}

	@GetMapping("/api/column/records/{id}")
	RecordView record(@PathVariable long id) {
		Standing standing = Standing.of(published, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "信息不存在：" + id));
		PublishedRecord r = standing.version();
		boolean retracted = standing.retracted();
		List<NoteView> notes = new java.util.ArrayList<>();
		if (standing.madeBy() != null) {
			notes.add(note("correction", standing.madeBy(), standing.madeBy().previousVersionId()));
		}
		if (standing.supersededBy() != null) {
			notes.add(note("superseded", standing.supersededBy(), standing.latestId()));
		}
		if (retracted) {
			notes.add(note("retraction", standing.retraction(), r.id()));
		}
		return new RecordView(r.id(), r.sectionKey(), r.title(), r.indexNo(), retracted ? "" : r.summary(),
				retracted ? "" : r.body(), r.unitId(), unitName(r.unitId()), r.dateFormed(), local(r.publishedAt()),
				recordUrl(r.id()), standing.state().name(), retracted ? null : recordUrl(standing.latestId()), notes,
				retracted ? List.of()
						: attachments.listPublished(id)
							.stream()
							.map(a -> new AttachmentView(a.id(), a.fileName(), a.mediaType(), a.sizeBytes(),
									publicUrl.of("/column/attachments/" + a.id())))
							.toList(),
				retracted ? null
						: airData.ofVersion(r.id())
							.map(set -> AirQualityView.of(r.id(), set, airData.rows(set), publicUrl))
							.orElse(null),
				retracted ? null
						: waterData.ofVersion(r.id())
							.map(set -> WaterQualityView.of(r.id(), set, waterData.table(set), publicUrl))
							.orElse(null),
				retracted ? null
						: annualReports.ofVersion(r.id())
							.map(report -> AnnualReportView.of(r.id(), bureau.name(), report, publicUrl))
							.orElse(null));
	}

	private NoteView note(String kind, RecordChange change, long linkedVersion) {
		return new NoteView(kind, change.reason(), local(change.decidedAt()), recordUrl(linkedVersion));
	}

	private String recordUrl(long versionId) {
		return publicUrl.of("/column/records/" + versionId);
	}

	/** JSON whatever the client accepts: without a preset type, a browser's Accept: text/html turned a 400 into a 500. */
	@ExceptionHandler(IllegalArgumentException.class)
	ResponseEntity<Map<String, String>> refused(IllegalArgumentException ex) {
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("error", ex.getMessage()));
	}

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<Map<String, String>> missing(ResponseStatusException ex) {
		return ResponseEntity.status(ex.getStatusCode())
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", String.valueOf(ex.getReason())));
	}

	private RecordSummary summary(PublishedRecord r) {
		return new RecordSummary(r.id(), r.title(), r.indexNo(), r.summary(), r.unitId(), unitName(r.unitId()),
				r.dateFormed(), local(r.publishedAt()), publicUrl.of("/column/records/" + r.id()));
	}

	private OffsetDateTime start(String day) {
		return day == null || day.isBlank() ? null : parse(day).atStartOfDay(clock.getZone()).toOffsetDateTime();
	}

	private OffsetDateTime end(String day) {
		return day == null || day.isBlank() ? null : parse(day).plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
	}

	private static LocalDate parse(String day) {
		try {
			return LocalDate.parse(day.strip());
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("日期格式无效，应为 YYYY-MM-DD：" + day);
		}
	}

	private OffsetDateTime local(OffsetDateTime time) {
		return time.atZoneSameInstant(clock.getZone()).toOffsetDateTime();
	}

	private String unitName(String unitId) {
		return organization.unitNames().getOrDefault(unitId, unitId);
	}

}
