package cn.gongkai.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

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
	String form(Model model) {
		model.addAttribute("form", new ReportForm("", "", "", "", "", "", ""));
		return "report/form";
	}

	@PostMapping("/report")
	String submit(ReportForm form, @RequestParam(name = "photos", required = false) List<MultipartFile> files,
			HttpServletRequest request, Model model) {
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
			model.addAttribute("receipt", reports.submit(form, photos, request.getRemoteAddr()));
			return "report/receipt";
		}
		catch (ReportRefusedException ex) {
			model.addAttribute("form", form);
			model.addAttribute("problems", ex.problems());
			return "report/form";
		}
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
