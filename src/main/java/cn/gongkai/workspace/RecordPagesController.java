package cn.gongkai.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import cn.gongkai.airquality.AirQualityData;
import cn.gongkai.annualreport.AnnualReports;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.PersonNames;
import cn.gongkai.record.Attachment;
import cn.gongkai.record.AttachmentService;
import cn.gongkai.record.PublishedRecords;
import cn.gongkai.record.Record;
import cn.gongkai.record.ChangeKind;
import cn.gongkai.record.RecordChange;
import cn.gongkai.record.RecordRefusedException;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.ReviewService;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.waterquality.WaterQualityData;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages around a record: read it in full while reviewing, and manage its attachments while drafting. */
@Controller
class RecordPagesController {

	private final RecordService records;
	private final ReviewService reviews;
	private final AttachmentService attachments;
	private final PublishedRecords published;
	private final RecordAccess access;
	private final Organization organization;
	private final ChangeRequests changeRequests;
	private final PersonNames names;
	private final OpenTasks openTasks;
	private final AirQualityData airData;
	private final WaterQualityData waterData;

	RecordPagesController(RecordService records, ReviewService reviews, AttachmentService attachments,
			PublishedRecords published, RecordAccess access, Organization organization, ChangeRequests changeRequests,
			PersonNames names, OpenTasks openTasks, AirQualityData airData,
			WaterQualityData waterData) {
		this.records = records;
		this.reviews = reviews;
		this.attachments = attachments;
		this.published = published;
		this.access = access;
		this.organization = organization;
		this.changeRequests = changeRequests;
		this.names = names;
		this.openTasks = openTasks;
		this.airData = airData;
		this.waterData = waterData;
	}

	@GetMapping("/records/{id}")
	String view(@PathVariable long id, Authentication authentication, Model model) {
		Record record = visible(id, authentication);
		model.addAttribute("record", record);
		model.addAttribute("unitName", organization.unitNames().getOrDefault(record.unitId(), record.unitId()));
		model.addAttribute("attachments", attachments.list(id));
		model.addAttribute("reviews", reviews.history(id));
		// Who drafted and who reviewed, by name: the record keeps login ids, and the schedule opens drafts for nobody.
		model.addAttribute("names", names);
		model.addAttribute("drafterName", drafterName(record));
		model.addAttribute("published", published.forRecord(id));
		model.addAttribute("canEdit", access.canEditAttachments(CurrentUser.of(authentication), record));
		model.addAttribute("airData", airData.accepts(record));
		model.addAttribute("waterData", !waterData.kindsFor(record).isEmpty());
		model.addAttribute("annualReport", AnnualReports.carriesReport(record));
		model.addAttribute("changes", records.changes(id));
		model.addAttribute("pendingChange", records.pendingChange(id).orElse(null));
		model.addAttribute("canRequestChange", access.canRequestChange(CurrentUser.of(authentication), record));
		model.addAttribute("canGiveUpCorrection", access.canGiveUpCorrection(CurrentUser.of(authentication), record,
				records.pendingChange(id).orElse(null)));
		model.addAttribute("reasonMax", RecordChange.REASON_MAX);
		return "records/view";
	}

	/**
	 * Who drafted, by name: whoever submitted last; before any submission, the person who opened the draft, or for a
	 * draft the schedule opened, whoever has claimed its drafting.
	 */
	private String drafterName(Record record) {
		Optional<String> submitter = records.latestSubmitter(record.id());
		if (submitter.isPresent()) {
			return names.of(submitter.get());
		}
		if (Record.SCHEDULE.equals(record.drafterId())) {
			return openTasks.draftingHolder(record.id())
				.map(holder -> names.of(holder) + "（已认领，尚未提交）")
				.orElse(names.of(record.drafterId()));
		}
		return names.of(record.drafterId());
	}

	/** A unit's drafter asks to correct or retract a published record; the review chain decides. */
	@PostMapping("/records/{id}/changes")
	String requestChange(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String reason, Authentication authentication, RedirectAttributes redirect) {
		Record record = visible(id, authentication);
		if (!CurrentUser.of(authentication).inGroup(Organization.unitRoleGroupId(record.unitId(), Organization.ROLE_DRAFTER))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有本单位责任人可以申请更正或撤回");
		}
		ChangeKind changeKind;
		try {
			changeKind = ChangeKind.valueOf(kind == null ? "" : kind);
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", "请选择申请事项：更正或撤回");
			redirect.addFlashAttribute("reason", reason);
			return "redirect:/records/" + id;
		}
		try {
			changeRequests.request(id, changeKind, reason, authentication.getName());
			redirect.addFlashAttribute("message", changeKind == ChangeKind.CORRECTION
					? "已提出更正申请：请在任务列表的“修改更正内容”任务中修改后提交审核；审核通过前专栏仍显示原内容"
					: "已提出撤回申请，已提交审核；审核通过前专栏仍显示原内容");
		}
		catch (RecordRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			redirect.addFlashAttribute("reason", reason);
		}
		return "redirect:/records/" + id;
	}

	@PostMapping("/records/{id}/changes/give-up")
	String giveUpCorrection(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
		Record record = visible(id, authentication);
		if (!CurrentUser.of(authentication).inGroup(Organization.unitRoleGroupId(record.unitId(), Organization.ROLE_DRAFTER))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有本单位责任人可以放弃更正");
		}
		try {
			changeRequests.giveUpCorrection(id);
			redirect.addFlashAttribute("message", "已放弃更正，专栏继续显示原内容");
		}
		catch (RecordRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/records/" + id;
	}

	@GetMapping("/records/{id}/attachments")
	String attachmentsPage(@PathVariable long id, Authentication authentication, Model model) {
		Record record = visible(id, authentication);
		model.addAttribute("record", record);
		model.addAttribute("attachments", attachments.list(id));
		model.addAttribute("canEdit", access.canEditAttachments(CurrentUser.of(authentication), record));
		model.addAttribute("maxMegabytes", attachments.maxBytes() / (1024 * 1024));
		model.addAttribute("names", names);
		return "records/attachments";
	}

	@PostMapping("/records/{id}/attachments")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			Authentication authentication, RedirectAttributes redirect) throws IOException {
		editable(id, authentication);
		if (file == null || file.isEmpty()) {
			redirect.addFlashAttribute("error", "请选择要上传的文件（文件不能为空）");
		}
		else {
			try {
				attachments.attach(id, file.getOriginalFilename(), file.getBytes(), authentication.getName());
				redirect.addFlashAttribute("message", "已上传：" + AttachmentService.cleanName(file.getOriginalFilename()));
			}
			catch (RecordRefusedException ex) {
				redirect.addFlashAttribute("error", ex.getMessage());
			}
		}
		return "redirect:/records/" + id + "/attachments";
	}

	@PostMapping("/records/{id}/attachments/{attachmentId}/delete")
	String detach(@PathVariable long id, @PathVariable long attachmentId, Authentication authentication,
			RedirectAttributes redirect) {
		editable(id, authentication);
		try {
			attachments.detach(id, attachmentId);
			redirect.addFlashAttribute("message", "附件已删除");
		}
		catch (RecordRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/records/" + id + "/attachments";
	}

	@GetMapping("/records/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId,
			Authentication authentication) {
		visible(id, authentication);
		Attachment attachment = attachments.find(attachmentId)
			.filter(a -> a.recordId() == id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "附件不存在"));
		byte[] content = attachments.content(attachmentId).orElseThrow();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(attachment.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(attachment.fileName(), StandardCharsets.UTF_8).build().toString())
			.body(content);
	}

	private Record visible(long id, Authentication authentication) {
		return access.visible(id, authentication);
	}

	private Record editable(long id, Authentication authentication) {
		return access.editable(id, authentication);
	}

}
