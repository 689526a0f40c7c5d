package cn.gongkai.column;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import cn.gongkai.annualreport.ActiveRow;
import cn.gongkai.annualreport.AnnualReport;
import cn.gongkai.annualreport.AnnualReports;
import cn.gongkai.annualreport.NationalFormat;
import cn.gongkai.annualreport.RemedyRow;
import cn.gongkai.application.ApplicantKind;
import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.organization.Organization;
import cn.gongkai.record.PublishedRecord;
import cn.gongkai.record.PublishedRecords;
import cn.gongkai.site.Bureau;
import cn.gongkai.site.PublicUrl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A published version's annual report (条例第五十条) in the national format, as a page that prints as the report and
 * as JSON for a program; only what the version published, never the applications behind the figures. Kept by the
 * column's cache like every public page, and dropped with it when something is published, corrected or retracted.
 */
@Controller
class AnnualReportPages {

	private final PublishedRecords published;
	private final AnnualReports reports;
	private final Catalogue catalogue;
	private final Organization organization;
	private final Bureau bureau;
	private final PublicUrl publicUrl;
	private final Clock clock;

	AnnualReportPages(PublishedRecords published, AnnualReports reports, Catalogue catalogue, Organization organization,
			Bureau bureau, PublicUrl publicUrl, Clock clock) {
		this.published = published;
		this.reports = reports;
		this.catalogue = catalogue;
		this.organization = organization;
		this.bureau = bureau;
		this.publicUrl = publicUrl;
		this.clock = clock;
	}

	@GetMapping("/column/records/{id}/annual-report")
	String page(@PathVariable long id, Model model) {
		AnnualReport report = reportOf(id);
		Standing standing = Standing.of(published, id).orElseThrow();
		PublishedRecord record = standing.version();
		model.addAttribute("record", record);
		model.addAttribute("standing", standing);
		model.addAttribute("report", report);
		model.addAttribute("title", AnnualReportView.title(bureau.name(), report.year()));
		model.addAttribute("section", catalogue.section(record.sectionKey()).orElse(null));
		model.addAttribute("sections", catalogue.sections());
		model.addAttribute("unitName", organization.unitNames().getOrDefault(record.unitId(), record.unitId()));
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("activeGroups", NationalFormat.activeGroups());
		model.addAttribute("activeWidth", NationalFormat.activeWidth());
		model.addAttribute("lines", NationalFormat.applicationLines(report.applications()));
		model.addAttribute("kinds", NationalFormat.KINDS);
		model.addAttribute("organizations", NationalFormat.ORGANIZATIONS);
		model.addAttribute("remedyGroups", NationalFormat.remedyGroups());
		model.addAttribute("remedyRows", RemedyRow.values());
		model.addAttribute("remedyColumns", List.of(RemedyRow.RemedyColumn.values()));
		model.addAttribute("format", new Format());
		return "column/annual-report";
	}

	@GetMapping(path = "/column/records/{id}/annual-report.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AnnualReportView> json(@PathVariable long id) {
		AnnualReport report = reportOf(id);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("annual-report-" + report.year() + ".json").build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(AnnualReportView.of(id, bureau.name(), report, publicUrl));
	}

	/** 404 for no such version or one without a report, 410 for a retracted one, as the data downloads answer. */
	private AnnualReport reportOf(long versionId) {
		Standing.requireData(published, versionId);
		return reports.ofVersion(versionId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "该信息没有年度报告"));
	}

	/** The format's cell texts and figures, for the template. */
	record Format() {

		public String kind(ApplicantKind kind) {
			return NationalFormat.kindHeading(kind);
		}

		public String figure(ActiveRow.ActiveColumn column, BigDecimal value) {
			return NationalFormat.figure(column, value);
		}

		public String remedyKind(RemedyRow row) {
			return NationalFormat.remedyKind(row);
		}

	}

}
