package cn.gongkai.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import cn.gongkai.site.FormTokens;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The public reporting form and the case lookup (在线举报), in Chinese, working without JavaScript. */
@Controller
class ReportController {

	/** The session attribute of the report forms given out and the receipts of those filed. */
	private static final String SUBMISSIONS = ReportController.class.getName() + ".submissions";

	private final ReportService reports;
	private final ReportProperties limits;

	ReportController(ReportService reports, ReportProperties limits) {
		this.reports = reports;
		this.limits = limits;
	}

	@ModelAttribute
	void common(Model model) {
		model.addAttribute("categories", ReportCategory.values());
		model.addAttribute("limits", limits);
	}

	@GetMapping("/report")
	String form(Model model, HttpSession session) {
		model.addAttribute("form", new ReportForm("", "", "", "", "", "", ""));
		model.addAttribute("submission", submissions(session).issue());
		return "report/form";
	}

	/**
	 * Post, redirect, get: each form carries a one-time submission token, so a refresh of the receipt or a second click
	 * on 提交 files nothing a second time; the receipt of a token already filed is shown again instead.
	 */
	@PostMapping("/report")
	String submit(ReportForm form, @RequestParam(name = "submission", required = false) String submission,
			@RequestParam(name = "photos", required = false) List<MultipartFile> files, HttpServletRequest request,
			HttpSession session, Model model) {
		FormTokens<Receipt> submissions = submissions(session);
		if (submissions.result(submission).isPresent()) {
			return "redirect:/report/receipt?s=" + submission;
		}
		if (!submissions.take(submission)) {
			model.addAttribute("form", form);
			model.addAttribute("submission", submissions.issue());
			model.addAttribute("problems", List.of("该表单已提交过或已失效，未重复受理；如已提交，请凭查询号查询办理进展"));
			return "report/form";
		}
		List<Photo> photos = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			if (!file.isEmpty()) {
				try {
					photos.add(new Photo(file.getOriginalFilename(), file.getBytes()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		try {
			submissions.filed(submission, reports.submit(form, photos, request.getRemoteAddr()));
			return "redirect:/report/receipt?s=" + submission;
		}
		catch (ReportRefusedException ex) {
			submissions.giveBack(submission);
			model.addAttribute("form", form);
			model.addAttribute("submission", submission);
			model.addAttribute("problems", ex.problems());
			return "report/form";
		}
	}

	/** The receipt of a report filed from this browser session; anything else goes to the lookup. */
	@GetMapping("/report/receipt")
	String receipt(@RequestParam(name = "s", defaultValue = "") String submission, HttpSession session, Model model) {
		return submissions(session).result(submission).map(receipt -> {
			model.addAttribute("receipt", receipt);
			return "report/receipt";
		}).orElse("redirect:/report/lookup");
	}

	private static FormTokens<Receipt> submissions(HttpSession session) {
		return FormTokens.of(session, SUBMISSIONS);
	}

	@GetMapping("/report/lookup")
	String lookupForm() {
		return "report/lookup";
	}

	@PostMapping("/report/lookup")
	String lookup(@RequestParam(defaultValue = "") String trackingNo, @RequestParam(defaultValue = "") String secretCode,
			Model model) {
		model.addAttribute("trackingNo", trackingNo.length() > 20 ? "" : trackingNo);
		reports.lookup(trackingNo, secretCode)
			.ifPresentOrElse(status -> model.addAttribute("status", status),
					() -> model.addAttribute("problem", "查询号或查询码不正确，请核对后重试"));
		return "report/lookup";
	}

}
