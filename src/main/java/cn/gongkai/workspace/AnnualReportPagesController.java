package cn.gongkai.workspace;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import cn.gongkai.annualreport.ActiveRow;
import cn.gongkai.annualreport.AnnualReport;
import cn.gongkai.annualreport.AnnualReportForm;
import cn.gongkai.annualreport.AnnualReportRefusedException;
import cn.gongkai.annualreport.AnnualReports;
import cn.gongkai.annualreport.NationalFormat;
import cn.gongkai.annualreport.RemedyRow;
import cn.gongkai.application.ApplicantKind;
import cn.gongkai.application.Application;
import cn.gongkai.application.ApplicationService;
import cn.gongkai.application.ApplicationYear;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.PersonNames;
import cn.gongkai.record.Record;
import cn.gongkai.record.RecordRefusedException;
import cn.gongkai.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The data page of the annual report's record (条例第五十条, the national format of 国办公开办函〔2021〕30号): the
 * office's drafter types the texts and the figures only the office knows, beside the figures the system counts from
 * its own records, each of which opens the applications behind it. Seen and edited as the record's other data pages.
 */
@Controller
class AnnualReportPagesController {

	static final String NOT_A_REPORT = "该记录不是政府信息公开工作年度报告，没有年度报告页面";
	/** The column section whose records of the year the report counts as penalty decisions. */

	private final AnnualReports reports;
	private final ApplicationService applications;
	private final RecordAccess access;
	private final PersonNames names;
	private final Organization organization;
	private final Clock clock;

	AnnualReportPagesController(AnnualReports reports, ApplicationService applications, RecordAccess access,
			PersonNames names, Organization organization, Clock clock) {
		this.reports = reports;
		this.applications = applications;
		this.access = access;
		this.names = names;
		this.organization = organization;
		this.clock = clock;
	}

	@GetMapping("/records/{id}/annual-report")
	String page(@PathVariable long id, Authentication authentication, Model model, HttpServletResponse response) {
		Record record = access.visible(id, authentication);
		AnnualReports.Draft draft = draftOf(record, model, response);
		if (draft == null) {
			return "records/annual-report";
		}
		AnnualReport saved = draft.saved().orElse(null);
		Typed typed = saved == null ? Typed.empty() : Typed.of(saved);
		return page(record, draft, typed, authentication, model);
	}

	/**
	 * Saves the whole report or nothing. A refusal comes back on the page itself, every problem named and everything
	 * typed kept, rather than through a redirect: the office may have typed pages of text.
	 */
	@PostMapping("/records/{id}/annual-report")
	String save(@PathVariable long id, HttpServletRequest request, Authentication authentication, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Record record = access.visible(id, authentication);
		AnnualReports.Draft draft = draftOf(record, model, response);
		if (draft == null) {
			return "records/annual-report";
		}
		Typed typed = Typed.of(request);
		if (!access.canEditAttachments(CurrentUser.of(authentication), record)) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			model.addAttribute("error", record.status().editable() ? "只有办公室责任人可以填写和修改年度报告，未保存"
					: "该记录当前状态为“" + record.status().label() + "”，年度报告不能再修改，未保存");
			return page(record, draft, typed, authentication, model);
		}
		try {
			AnnualReport saved = reports.save(id, typed.form(), authentication.getName());
			redirect.addFlashAttribute("message", saved.year() + "年度报告已保存。请回到任务表单填写其余内容并提交审核。");
			return "redirect:/records/" + id + "/annual-report";
		}
		catch (AnnualReportRefusedException ex) {
			model.addAttribute("problems", ex.problems());
		}
		catch (RecordRefusedException ex) {
			model.addAttribute("error", ex.getMessage() + "，未保存");
		}
		return page(record, draft, typed, authentication, model);
	}

	/** The enforcement results the penalty decisions of table two count, each linked to its page on the column. */
	@GetMapping("/records/{id}/annual-report/penalties")
	String penalties(@PathVariable long id, Authentication authentication, Model model) {
		Record record = access.visible(id, authentication);
		int year = yearOf(record);
		model.addAttribute("record", record);
		model.addAttribute("year", year);
		model.addAttribute("results", reports.penaltyRecords(year));
		model.addAttribute("unitNames", organization.unitNames());
		model.addAttribute("zone", clock.getZone());
		return "records/annual-report-penalties";
	}

	/** The applications one figure of table three counts, for the office to check it against its own register. */
	@GetMapping("/records/{id}/annual-report/applications")
	String counted(@PathVariable long id, @RequestParam(defaultValue = "") String row,
			@RequestParam(defaultValue = "") String kind, Authentication authentication, Model model) {
		Record record = access.visible(id, authentication);
		int year = yearOf(record);
		ApplicationYear figures = applications.year(year);
		NationalFormat.ApplicationLine line = NationalFormat.line(figures, row);
		if (line == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "统计行无效");
		}
		ApplicantKind applicant = null;
		if (!kind.isEmpty()) {
			try {
				applicant = ApplicantKind.valueOf(kind);
			}
			catch (IllegalArgumentException ex) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "申请人类型无效");
			}
		}
		List<Application> listed = applications.counted(year, row, applicant);
		model.addAttribute("record", record);
		model.addAttribute("year", year);
		model.addAttribute("line", line);
		model.addAttribute("kindLabel", applicant == null ? "总计" : applicant.label());
		model.addAttribute("figure", applicant == null ? line.total() : line.cells().get(applicant));
		model.addAttribute("applications", listed);
		model.addAttribute("unitNames", organization.unitNames());
		return "records/annual-report-applications";
	}

	private String page(Record record, AnnualReports.Draft draft, Typed typed, Authentication authentication,
			Model model) {
		AnnualReport saved = draft.saved().orElse(null);
		int year = draft.year();
		model.addAttribute("record", record);
		model.addAttribute("year", year);
		model.addAttribute("canEdit", access.canEditAttachments(CurrentUser.of(authentication), record));
		model.addAttribute("typed", typed);
		model.addAttribute("cells", new Cells());
		model.addAttribute("activeGroups", NationalFormat.activeGroups());
		model.addAttribute("activeWidth", NationalFormat.activeWidth());
		model.addAttribute("penalty", draft.penaltyDecisions());
		model.addAttribute("penaltyList", "/records/" + record.id() + "/annual-report/penalties");
		model.addAttribute("lines", NationalFormat.applicationLines(draft.applications()));
		model.addAttribute("kinds", NationalFormat.KINDS);
		model.addAttribute("organizations", NationalFormat.ORGANIZATIONS);
		model.addAttribute("format", new Headings());
		model.addAttribute("remedyRows", RemedyRow.values());
		model.addAttribute("remedyColumns", RemedyRow.RemedyColumn.values());
		model.addAttribute("saved", saved);
		model.addAttribute("savedBy", saved == null ? null : names.of(saved.savedBy()));
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("changedSinceSaved", saved != null && !sameCounts(saved, draft));
		AnnualReport lastYear = draft.lastYear().orElse(null);
		model.addAttribute("lastYear", lastYear);
		model.addAttribute("lastYearForward", lastYear == null ? null
				: NationalFormat.line(lastYear.applications(), "carriedForward"));
		return "records/annual-report";
	}

	/**
	 * The draft of a record that carries a report; for any other record the page says why it has none (404), so that
	 * a mistyped address is told plainly rather than shown an empty report.
	 */
	private AnnualReports.Draft draftOf(Record record, Model model, HttpServletResponse response) {
		if (AnnualReports.carriesReport(record)) {
			try {
				return reports.draft(record.id());
			}
			catch (RecordRefusedException ex) {
				// A record of the section that answers no annual-report obligation: no year to report on.
			}
		}
		response.setStatus(HttpStatus.NOT_FOUND.value());
		model.addAttribute("record", record);
		model.addAttribute("unavailable", NOT_A_REPORT);
		return null;
	}

	private int yearOf(Record record) {
		if (AnnualReports.carriesReport(record)) {
			try {
				return reports.yearOf(record.id());
			}
			catch (RecordRefusedException ex) {
				// Answered below as any record without a report.
			}
		}
		throw new ResponseStatusException(HttpStatus.NOT_FOUND, NOT_A_REPORT);
	}

	/** Whether what the system counts now is what the saved report holds: reviewers approve the saved figures. */
	private static boolean sameCounts(AnnualReport saved, AnnualReports.Draft draft) {
		BigDecimal penalty = saved.active().getOrDefault(ActiveRow.PENALTY, Map.of()).get(ActiveRow.ActiveColumn.DECISIONS);
		return saved.applications().equals(draft.applications()) && penalty != null
				&& penalty.compareTo(BigDecimal.valueOf(draft.penaltyDecisions())) == 0;
	}

	/** The names of the figure inputs, which are the form's cell names. */
	record Cells() {

		public String active(ActiveRow row, ActiveRow.ActiveColumn column) {
			return AnnualReportForm.activeCell(row, column);
		}

		public String remedy(RemedyRow row, RemedyRow.RemedyColumn column) {
			return AnnualReportForm.remedyCell(row, column);
		}

	}

	/** The format's short headings, for the template. */
	record Headings() {

		public String kind(ApplicantKind kind) {
			return NationalFormat.kindHeading(kind);
		}

	}

	/** What the page's inputs hold: the saved report, or what was just typed, as text. */
	record Typed(String overview, String problems, String otherMatters, Map<String, String> figures) {

		static Typed empty() {
			return new Typed("", "", "", Map.of());
		}

		static Typed of(AnnualReport report) {
			Map<String, String> figures = new HashMap<>();
			report.active().forEach((row, cells) -> {
				if (!NationalFormat.computed(row)) {
					cells.forEach((column, value) -> figures.put(AnnualReportForm.activeCell(row, column),
							NationalFormat.figure(column, value)));
				}
			});
			report.remedies().forEach((row, cells) -> cells.forEach((column, value) -> figures
				.put(AnnualReportForm.remedyCell(row, column), String.valueOf(value))));
			return new Typed(report.overview(), report.problems(), report.otherMatters(), figures);
		}

		/** Only the report's own fields are read; anything else a request carries is ignored. */
		static Typed of(HttpServletRequest request) {
			Map<String, String> figures = new HashMap<>();
			for (ActiveRow row : ActiveRow.values()) {
				if (!NationalFormat.computed(row)) {
					for (ActiveRow.ActiveColumn column : row.columns()) {
						put(figures, AnnualReportForm.activeCell(row, column), request);
					}
				}
			}
			for (RemedyRow row : RemedyRow.values()) {
				for (RemedyRow.RemedyColumn column : RemedyRow.RemedyColumn.values()) {
					put(figures, AnnualReportForm.remedyCell(row, column), request);
				}
			}
			return new Typed(text(request, "overview"), text(request, "problems"), text(request, "otherMatters"),
					Map.copyOf(figures));
		}

		private static void put(Map<String, String> figures, String name, HttpServletRequest request) {
			String value = request.getParameter(name);
			if (value != null) {
				figures.put(name, value);
			}
		}

		private static String text(HttpServletRequest request, String name) {
			String value = request.getParameter(name);
			return value == null ? "" : value;
		}

		AnnualReportForm form() {
			return new AnnualReportForm(overview, problems, otherMatters, figures);
		}

		public String figure(String cell) {
			return figures.getOrDefault(cell, "");
		}

	}

}
