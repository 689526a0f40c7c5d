package cn.gongkai.apply;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import cn.gongkai.application.Application;
import cn.gongkai.application.ApplicationForm;
import cn.gongkai.application.ApplicationReceipt;
import cn.gongkai.application.ApplicationRefusedException;
import cn.gongkai.application.ApplicationService;
import cn.gongkai.application.ApplicationStatus;
import cn.gongkai.application.Letter;
import cn.gongkai.record.Attachment;
import cn.gongkai.record.AttachmentService;
import cn.gongkai.site.FormTokens;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Applications for government information from the public (依申请公开): the form, the receipt, the tracking page with
 * the correction form, and the letters and released files of the applications this browser session looked up. In
 * Chinese, without JavaScript; nothing here shows who applied.
 */
@Controller
class ApplyController {

	static final String TOKENS = ApplyController.class.getName() + ".forms";
	static final String NOT_FOUND = "查询号或查询码不正确，请核对后重试";

	private final ApplicationService applications;
	private final AttachmentService attachments;
	private final Clock clock;

	ApplyController(ApplicationService applications, AttachmentService attachments, Clock clock) {
		this.applications = applications;
		this.attachments = attachments;
		this.clock = clock;
	}

	@GetMapping("/apply")
	String form(Model model, HttpSession session) {
		return form(model, ApplicantFields.empty(), tokens(session).issue(), null);
	}

	/**
	 * Post, redirect, get, with a one-time token per form as the reporting channel does: a refresh of the receipt or a
	 * second click on 提交 files nothing a second time; the receipt of a token already filed is shown again instead.
	 */
	@PostMapping("/apply")
	String submit(ApplicationForm form, @RequestParam(name = "submission", required = false) String submission,
			HttpServletRequest request, HttpSession session, Model model) {
		FormTokens<ApplicationReceipt> tokens = tokens(session);
		if (tokens.result(submission).isPresent()) {
			return "redirect:/apply/receipt?s=" + submission;
		}
		if (!tokens.take(submission)) {
			return form(model, form, tokens.issue(), List.of("该表单已提交过或已失效，未重复受理；如已提交，请凭查询号和查询码查询办理进展"));
		}
		try {
			tokens.filed(submission, applications.submitOnline(form, request.getRemoteAddr()));
			return "redirect:/apply/receipt?s=" + submission;
		}
		catch (ApplicationRefusedException ex) {
			tokens.giveBack(submission);
			return form(model, form, submission, ex.problems());
		}
	}

	/** The receipt of an application sent from this browser session; anything else goes to the tracking page. */
	@GetMapping("/apply/receipt")
	String receipt(@RequestParam(name = "s", defaultValue = "") String submission, HttpSession session, Model model) {
		return tokens(session).result(submission).map(receipt -> {
			model.addAttribute("receipt", receipt);
			return "apply/receipt";
		}).orElse("redirect:/apply/track");
	}

	@GetMapping("/apply/track")
	String trackForm() {
		return "apply/track";
	}

	@PostMapping("/apply/track")
	String track(@RequestParam(defaultValue = "") String trackingNo, @RequestParam(defaultValue = "") String secretCode,
			HttpServletRequest request, HttpSession session, Model model) {
		model.addAttribute("trackingNo", echo(trackingNo));
		Optional<Application> found = applications.lookup(trackingNo, secretCode);
		if (found.isEmpty()) {
			model.addAttribute("problem", NOT_FOUND);
			return "apply/track";
		}
		// What a known code opens is given to a session id the page has just made, never to one planted before.
		request.changeSessionId();
		show(found.get(), session, model);
		return "apply/track";
	}

	/**
	 * The corrected application (条例第三十条), sent with the tracking number and code again: the tracking page is a
	 * page anyone may leave open, the correction restarts the answer period.
	 */
	@PostMapping("/apply/correct")
	String correct(@RequestParam(defaultValue = "") String trackingNo, @RequestParam(defaultValue = "") String secretCode,
			@RequestParam(defaultValue = "") String correctionText, HttpServletRequest request, HttpSession session,
			Model model) {
		model.addAttribute("trackingNo", echo(trackingNo));
		model.addAttribute("correctionText", correctionText);
		Optional<Application> found = applications.lookup(trackingNo, secretCode);
		if (found.isEmpty()) {
			model.addAttribute("problem", NOT_FOUND);
			// The typed text is kept for another try with the right code.
			model.addAttribute("correcting", true);
			return "apply/track";
		}
		try {
			applications.correct(found.get().id(), correctionText);
			model.addAttribute("notice", "补正后的申请已提交。答复期限自本局收到补正后的申请之日起重新计算。");
			model.addAttribute("correctionText", "");
		}
		catch (ApplicationRefusedException ex) {
			model.addAttribute("problems", ex.problems());
		}
		request.changeSessionId();
		show(applications.get(found.get().id()), session, model);
		return "apply/track";
	}

	@GetMapping("/apply/letters/{letterId}")
	String letter(@PathVariable long letterId, HttpServletRequest request, Model model) {
		Letter letter = trackedLetter(letterId, request);
		model.addAttribute("letter", letter);
		model.addAttribute("download", "/apply/letters/" + letter.id() + ".txt");
		model.addAttribute("back", "/apply/track");
		model.addAttribute("backText", "返回申请查询");
		return "apply/letter";
	}

	@GetMapping("/apply/letters/{letterId}.txt")
	ResponseEntity<byte[]> letterText(@PathVariable long letterId, HttpServletRequest request) {
		return LetterDownload.of(trackedLetter(letterId, request));
	}

	/** A file that went with a sent answer, to the sessions that looked its application up. */
	@GetMapping("/apply/files/{attachmentId}")
	ResponseEntity<byte[]> file(@PathVariable long attachmentId, HttpServletRequest request) {
		for (long id : TrackedApplications.ofRequest(request)) {
			Optional<Attachment> released = applications.find(id)
				.stream()
				.flatMap(a -> applications.releasedFiles(a).stream())
				.filter(f -> f.id() == attachmentId)
				.findFirst();
			if (released.isPresent()) {
				byte[] content = attachments.content(attachmentId).orElseThrow(ApplyController::notFound);
				return ResponseEntity.ok()
					.contentType(MediaType.parseMediaType(released.get().mediaType()))
					.header(HttpHeaders.CONTENT_DISPOSITION,
							ContentDisposition.attachment()
								.filename(released.get().fileName(), StandardCharsets.UTF_8)
								.build()
								.toString())
					.header("X-Content-Type-Options", "nosniff")
					.body(content);
			}
		}
		throw notFound();
	}

	private Letter trackedLetter(long letterId, HttpServletRequest request) {
		for (long id : TrackedApplications.ofRequest(request)) {
			Optional<Letter> letter = applications.letters(id).stream().filter(l -> l.id() == letterId).findFirst();
			if (letter.isPresent()) {
				return letter.get();
			}
		}
		throw notFound();
	}

	/** The application's progress, and this session may now read its letters and files. */
	private void show(Application a, HttpSession session, Model model) {
		TrackedApplications.of(session).remember(a.id());
		model.addAttribute("progress",
				Progress.of(a, a.status() == ApplicationStatus.HANDLING ? applications.answerDue(a.id()) : null,
						applications.pauses(a.id()), applications.letters(a.id()), applications.releasedFiles(a),
						clock.getZone()));
		model.addAttribute("zone", clock.getZone());
		if (a.status() == ApplicationStatus.CORRECTION_REQUESTED) {
			model.addAttribute("correcting", true);
		}
	}

	private static String form(Model model, ApplicationForm form, String submission, List<String> problems) {
		model.addAttribute("form", form);
		model.addAttribute("submission", submission);
		model.addAttribute("problems", problems);
		ApplicantFields.choices(model, form);
		return "apply/form";
	}

	private static FormTokens<ApplicationReceipt> tokens(HttpSession session) {
		return FormTokens.of(session, TOKENS);
	}

	/** What was typed as the tracking number, given back in the form unless it cannot be one. */
	private static String echo(String trackingNo) {
		return trackingNo.length() > 24 ? "" : trackingNo;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "页面不存在");
	}

}
