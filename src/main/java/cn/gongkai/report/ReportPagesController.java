package cn.gongkai.report;

import cn.gongkai.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A report as the staff who handle it read it, complainant included: 信访处, the unit it was handed to, and the platform
 * administrators. Everyone else gets 404, as if it did not exist.
 */
@Controller
class ReportPagesController {

	static final String REGISTRAR = "xinfang";
	static final String ADMIN_GROUP = "camunda-admin";

	private final ReportService reports;

	ReportPagesController(ReportService reports) {
		this.reports = reports;
	}

	@GetMapping("/reports/{id}")
	String view(@PathVariable long id, Authentication authentication, Model model) {
		Report report = visible(id, authentication);
		model.addAttribute("report", report);
		model.addAttribute("photos", reports.photos(id));
		return "report/staff";
	}

	@GetMapping("/reports/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId, Authentication authentication) {
		visible(id, authentication);
		StoredPhoto photo = reports.photos(id).stream().filter(p -> p.id() == photoId).findFirst().orElseThrow(
				() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "照片不存在"));
		byte[] content = reports.photoContent(id, photoId).orElseThrow();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(photo.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

	private Report visible(long id, Authentication authentication) {
		CurrentUser user = CurrentUser.of(authentication);
		Report report = reports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "举报不存在"));
		boolean allowed = user.inGroup(REGISTRAR) || user.inGroup(ADMIN_GROUP)
				|| (report.handlingUnit() != null && user.inGroup(report.handlingUnit()));
		if (!allowed) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "举报不存在");
		}
		return report;
	}

}
