package cn.gongkai.column;

import java.util.List;

import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.organization.Organization;
import cn.gongkai.record.Attachment;
import cn.gongkai.record.AttachmentService;
import cn.gongkai.record.PublishedRecord;
import cn.gongkai.record.PublishedRecords;
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

	private final PublishedRecords published;
	private final AttachmentService attachments;
	private final Organization organization;
	private final Catalogue catalogue;

	ColumnController(PublishedRecords published, AttachmentService attachments, Organization organization,
			Catalogue catalogue) {
		this.published = published;
		this.attachments = attachments;
		this.organization = organization;
		this.catalogue = catalogue;
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("sections", catalogue.sections());
		model.addAttribute("groups", catalogue.sections().stream().map(Catalogue.Section::group).distinct().toList());
		return "column/index";
	}

	@GetMapping("/column/{sectionKey}")
	String section(@PathVariable String sectionKey, @RequestParam(defaultValue = "1") int page, Model model) {
		Catalogue.Section section = catalogue.section(sectionKey).orElseThrow(ColumnController::notFound);
		long total = published.countInSection(section.key());
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		List<PublishedRecord> records = published.latestInSection(section.key(), (current - 1) * PAGE_SIZE,
				PAGE_SIZE);
		model.addAttribute("section", section);
		model.addAttribute("sections", catalogue.sections());
		model.addAttribute("records", records);
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		model.addAttribute("total", total);
		model.addAttribute("unitNames", organization.unitNames());
		return "column/section";
	}

	@GetMapping("/column/records/{id}")
	String detail(@PathVariable long id, Model model) {
		PublishedRecord record = published.find(id).orElseThrow(ColumnController::notFound);
		model.addAttribute("record", record);
		model.addAttribute("section", catalogue.section(record.sectionKey()).orElse(null));
		model.addAttribute("sections", catalogue.sections());
		model.addAttribute("attachments", attachments.listPublished(id));
		model.addAttribute("unitName", organization.unitNames().getOrDefault(record.unitId(), record.unitId()));
		return "column/detail";
	}

	@GetMapping("/column/attachments/{id}")
	ResponseEntity<byte[]> download(@PathVariable long id) {
		if (!attachments.isPublished(id)) {
			throw notFound();
		}
		Attachment attachment = attachments.find(id).orElseThrow(ColumnController::notFound);
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
