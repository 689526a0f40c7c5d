package cn.gongkai.column;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gongkai.airquality.AirDataSet;
import cn.gongkai.airquality.AirQualityData;
import cn.gongkai.annualreport.AnnualReports;
import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.organization.Organization;
import cn.gongkai.record.Attachment;
import cn.gongkai.record.AttachmentService;
import cn.gongkai.record.ColumnQuery;
import cn.gongkai.record.Days;
import cn.gongkai.record.PublishedRecord;
import cn.gongkai.record.PublishedRecords;
import cn.gongkai.site.Bureau;
import cn.gongkai.site.PublicUrl;
import cn.gongkai.waterquality.WaterDataSet;
import cn.gongkai.waterquality.WaterQualityData;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public disclosure column: no login, reads only published versions. */
@Controller
class ColumnController {

	static final int PAGE_SIZE = 20;
	static final int MAX_WORDS = 50;
	static final int LATEST = 10;

	private final PublishedRecords published;
	private final AttachmentService attachments;
	private final Organization organization;
	private final Catalogue catalogue;
	private final Clock clock;
	private final PublicUrl publicUrl;
	private final Bureau bureau;
	private final AirQualityData airData;
	private final WaterQualityData waterData;
	private final AnnualReports annualReports;

	ColumnController(PublishedRecords published, AttachmentService attachments, Organization organization,
			Catalogue catalogue, Clock clock, PublicUrl publicUrl, Bureau bureau, AirQualityData airData,
			WaterQualityData waterData, AnnualReports annualReports) {
		this.published = published;
		this.attachments = attachments;
		this.organization = organization;
		this.catalogue = catalogue;
		this.clock = clock;
		this.publicUrl = publicUrl;
		this.bureau = bureau;
		this.airData = airData;
		this.waterData = waterData;
		this.annualReports = annualReports;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("sections", catalogue.sections());
		model.addAttribute("groups", catalogue.sections().stream().map(Catalogue.Section::group).distinct().toList());
		model.addAttribute("latest", published.search(new ColumnQuery(null, null, null, null, null), 0, LATEST));
		model.addAttribute("sectionNames", catalogue.sectionNames());
		model.addAttribute("unitNames", organization.unitNames());
		model.addAttribute("zone", clock.getZone());
		return "column/index";
	}

	/** One search across every section of the column: every word must appear. */
	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
		List<String> problems = new ArrayList<>();
		String words = words(q, problems);
		ColumnQuery query = new ColumnQuery(null, words, null, null, null);
		Paging paging = Paging.of(words.isEmpty() ? 0 : published.count(query), page, PAGE_SIZE);
		model.addAttribute("records", words.isEmpty() ? List.of() : published.search(query, paging.offset(), PAGE_SIZE));
		model.addAttribute("q", words);
		model.addAttribute("paging", paging);
		model.addAttribute("problems", problems);
		model.addAttribute("sections", catalogue.sections());
		model.addAttribute("sectionNames", catalogue.sectionNames());
		model.addAttribute("unitNames", organization.unitNames());
		model.addAttribute("zone", clock.getZone());
		return "column/search";
	}

	@GetMapping("/column/{sectionKey}")
	String section(@PathVariable String sectionKey, @RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) String q, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String unit, Model model) {
		Catalogue.Section section = catalogue.section(sectionKey).orElseThrow(ColumnController::notFound);
		List<String> problems = new ArrayList<>();
		String words = words(q, problems);
		LocalDate fromDay = Days.optional(from, "起始日期", problems);
		LocalDate toDay = Days.optional(to, "截止日期", problems);
		List<String> units = unitsOf(section);
		String unitId = unit != null && units.contains(unit) ? unit : null;
		if (unit != null && !unit.isBlank() && unitId == null) {
			problems.add("发布单位无效");
		}
		ColumnQuery query = new ColumnQuery(section.key(), words,
				fromDay == null ? null : fromDay.atStartOfDay(clock.getZone()).toOffsetDateTime(),
				toDay == null ? null : toDay.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime(), unitId);
		Paging paging = Paging.of(published.count(query), page, PAGE_SIZE);
		model.addAttribute("section", section);
		model.addAttribute("sections", catalogue.sections());
		model.addAttribute("records", published.search(query, paging.offset(), PAGE_SIZE));
		model.addAttribute("paging", paging);
		model.addAttribute("sectionNames", catalogue.sectionNames());
		model.addAttribute("unitNames", organization.unitNames());
		model.addAttribute("units", units);
		model.addAttribute("q", words);
		model.addAttribute("from", fromDay);
		model.addAttribute("to", toDay);
		model.addAttribute("unit", unitId);
		model.addAttribute("problems", problems);
		model.addAttribute("zone", clock.getZone());
		return "column/section";
	}

	/** The section's latest publications as Atom, for feed readers and the city government's site. */
	@GetMapping("/column/{sectionKey}/feed")
	ResponseEntity<String> feed(@PathVariable String sectionKey) {
		Catalogue.Section section = catalogue.section(sectionKey).orElseThrow(ColumnController::notFound);
		var records = published.search(new ColumnQuery(section.key(), null, null, null, null), 0, PAGE_SIZE);
		return ResponseEntity.ok()
			.contentType(new MediaType("application", "atom+xml", java.nio.charset.StandardCharsets.UTF_8))
			.body(SectionFeed.write(bureau.name(), section, records, published.withdrawn(section.key(), PAGE_SIZE),
					organization.unitNames(), publicUrl,
					java.time.OffsetDateTime.now(clock)));
	}

	/** The units that publish to a section, from the catalogue. */
	private List<String> unitsOf(Catalogue.Section section) {
		return catalogue.types()
			.stream()
			.filter(t -> t.sections().contains(section.key()))
			.flatMap(t -> t.units().stream())
			.distinct()
			.toList();
	}

	/** The words to look for; longer than the form allows, none, with a problem to show. */
	private static String words(String q, List<String> problems) {
		String words = q == null ? "" : q.strip();
		if (words.length() > MAX_WORDS) {
			problems.add("搜索词不能超过 " + MAX_WORDS + " 个字");
			return "";
		}
		return words;
	}

	@GetMapping("/column/records/{id}")
	String detail(@PathVariable long id, Model model) {
		Standing standing = Standing.of(published, id).orElseThrow(ColumnController::notFound);
		PublishedRecord record = standing.version();
		model.addAttribute("record", record);
		model.addAttribute("standing", standing);
		model.addAttribute("section", catalogue.section(record.sectionKey()).orElse(null));
		model.addAttribute("sections", catalogue.sections());
		model.addAttribute("attachments", standing.retracted() ? List.of() : attachments.listPublished(id));
		model.addAttribute("unitName", organization.unitNames().getOrDefault(record.unitId(), record.unitId()));
		model.addAttribute("zone", clock.getZone());
		Optional<AirDataSet> air = standing.retracted() ? Optional.empty() : airData.ofVersion(record.id());
		model.addAttribute("air", air.orElse(null));
		air.ifPresent(set -> model.addAttribute("airTable", airData.table(set)));
		Optional<WaterDataSet> water = standing.retracted() ? Optional.empty() : waterData.ofVersion(record.id());
		model.addAttribute("water", water.orElse(null));
		water.ifPresent(set -> model.addAttribute("waterTable", waterData.table(set)));
		model.addAttribute("annualReport",
				standing.retracted() ? null : annualReports.ofVersion(record.id()).orElse(null));
		return "column/detail";
	}

	@GetMapping("/column/attachments/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		if (!attachments.isPublished(id)) {
			throw notFound();
		}
		Attachment attachment = attachments.find(id).orElseThrow(ColumnController::notFound);
		if (published.isRetracted(attachment.recordId())) {
			throw new ResponseStatusException(HttpStatus.GONE, "该信息已撤回，附件不再提供");
		}
		byte[] content = attachments.content(id).orElseThrow(ColumnController::notFound);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(attachment.fileName(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "页面不存在");
	}

}
