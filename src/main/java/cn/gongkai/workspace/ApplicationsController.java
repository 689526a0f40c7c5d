package cn.gongkai.workspace;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import cn.gongkai.application.Application;
import cn.gongkai.application.ApplicationForm;
import cn.gongkai.application.ApplicationReceipt;
import cn.gongkai.application.ApplicationRefusedException;
import cn.gongkai.application.ApplicationService;
import cn.gongkai.application.ApplicationStatus;
import cn.gongkai.application.Channel;
import cn.gongkai.application.Letter;
import cn.gongkai.apply.ApplicantFields;
import cn.gongkai.apply.LetterDownload;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.PersonNames;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.site.FormTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Applications for government information as the staff who handle them read them, applicant included: the list, one
 * application in full with its letters, and the office's registration of an application handed in at the counter or
 * sent by post. The handling itself is in Tasklist.
 */
@Controller
class ApplicationsController {

	static final int SHOWN = 200;
	static final String TOKENS = ApplicationsController.class.getName() + ".forms";
	/** The ways an application reaches the office other than the public form. */
	static final List<Channel> REGISTERED_CHANNELS = List.of(Channel.COUNTER, Channel.POST);

	private final ApplicationService applications;
	private final ApplicationAccess access;
	private final Organization organization;
	private final PersonNames names;
	private final Clock clock;

	ApplicationsController(ApplicationService applications, ApplicationAccess access, Organization organization,
			PersonNames names, Clock clock) {
		this.applications = applications;
		this.access = access;
		this.organization = organization;
		this.names = names;
		this.clock = clock;
	}

	@GetMapping("/workspace/applications")
	String list(Authentication authentication, Model model) {
		CurrentUser me = CurrentUser.of(authentication);
		List<Application> shown;
		if (access.seesAll(me)) {
			shown = applications.list(null, null, SHOWN);
		}
		else {
			List<Application> units = new ArrayList<>();
			access.units(me).forEach(unit -> units.addAll(applications.list(null, unit, SHOWN)));
			shown = units.stream().sorted(Comparator.comparingLong(Application::id).reversed()).limit(SHOWN).toList();
		}
		model.addAttribute("applications", shown);
		model.addAttribute("all", access.seesAll(me));
		model.addAttribute("limit", SHOWN);
		model.addAttribute("canRegister", access.canRegister(me));
		model.addAttribute("unitNames", organization.unitNames());
		return "workspace/applications";
	}

	@GetMapping("/workspace/applications/{id}")
	String view(@PathVariable long id, Authentication authentication, Model model) {
		Application a = access.visible(id, CurrentUser.of(authentication));
		model.addAttribute("app", a);
		model.addAttribute("unitName", a.unitId() == null ? null : organization.unitNames().getOrDefault(a.unitId(), a.unitId()));
		model.addAttribute("names", names);
		model.addAttribute("pauses", applications.pauses(id));
		model.addAttribute("letters", applications.letters(id));
		model.addAttribute("files", applications.releasedFiles(a));
		model.addAttribute("registrationDue", a.status() == ApplicationStatus.SUBMITTED ? applications.registrationDue(id) : null);
		model.addAttribute("answerDue", a.status() == ApplicationStatus.HANDLING ? applications.answerDue(id) : null);
		model.addAttribute("zone", clock.getZone());
		return "workspace/application";
	}

	@GetMapping("/workspace/applications/{id}/letters/{letterId}")
	String letter(@PathVariable long id, @PathVariable long letterId, Authentication authentication, Model model) {
		Letter letter = visibleLetter(id, letterId, authentication);
		model.addAttribute("letter", letter);
		model.addAttribute("download", "/workspace/applications/" + id + "/letters/" + letterId + ".txt");
		model.addAttribute("back", "/workspace/applications/" + id);
		model.addAttribute("backText", "返回申请");
		return "apply/letter";
	}

	@GetMapping("/workspace/applications/{id}/letters/{letterId}.txt")
	ResponseEntity<byte[]> letterText(@PathVariable long id, @PathVariable long letterId, Authentication authentication) {
		return LetterDownload.of(visibleLetter(id, letterId, authentication));
	}

	private Letter visibleLetter(long id, long letterId, Authentication authentication) {
		access.visible(id, CurrentUser.of(authentication));
		return applications.letters(id)
			.stream()
			.filter(l -> l.id() == letterId)
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "文书不存在"));
	}

	@GetMapping("/workspace/applications/new")
	String registerForm(Authentication authentication, HttpSession session, Model model) {
		registrar(authentication);
		return registerForm(model, ApplicantFields.empty(), "", "", tokens(session).issue(), null);
	}

	/**
	 * A counter or postal application copied in, received the day staff give (条例第三十一条); one-time tokens as on
	 * the public form, so that a second click does not register the same letter twice.
	 */
	@PostMapping("/workspace/applications/new")
	String register(ApplicationForm form, @RequestParam(defaultValue = "") String channel,
			@RequestParam(defaultValue = "") String receivedOn,
			@RequestParam(name = "submission", required = false) String submission, Authentication authentication,
			HttpSession session, Model model) {
		CurrentUser me = registrar(authentication);
		FormTokens<ApplicationReceipt> tokens = tokens(session);
		if (tokens.result(submission).isPresent()) {
			return "redirect:/workspace/applications/registered?s=" + submission;
		}
		if (!tokens.take(submission)) {
			return registerForm(model, form, channel, receivedOn, tokens.issue(),
					List.of("该表单已提交过或已失效，未重复登记；请在申请列表中核对"));
		}
		try {
			tokens.filed(submission, applications.register(form, channel, receivedOn, me.id()));
			return "redirect:/workspace/applications/registered?s=" + submission;
		}
		catch (ApplicationRefusedException ex) {
			tokens.giveBack(submission);
			return registerForm(model, form, channel, receivedOn, submission, ex.problems());
		}
	}

	/** What to hand to the applicant, for the registration just made in this session. */
	@GetMapping("/workspace/applications/registered")
	String registered(@RequestParam(name = "s", defaultValue = "") String submission, Authentication authentication,
			HttpSession session, Model model) {
		registrar(authentication);
		return tokens(session).result(submission).map(receipt -> {
			model.addAttribute("receipt", receipt);
			model.addAttribute("app", applications.get(receipt.applicationId()));
			return "workspace/application-registered";
		}).orElse("redirect:/workspace/applications");
	}

	private String registerForm(Model model, ApplicationForm form, String channel, String receivedOn,
			String submission, List<String> problems) {
		ApplicantFields.choices(model, form);
		model.addAttribute("form", form);
		model.addAttribute("channel", channel);
		model.addAttribute("channels", REGISTERED_CHANNELS);
		model.addAttribute("receivedOn", receivedOn);
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("submission", submission);
		model.addAttribute("problems", problems);
		return "workspace/application-register";
	}

	/** The security configuration lets only registrars reach the form; said again where the work is done. */
	private CurrentUser registrar(Authentication authentication) {
		CurrentUser me = CurrentUser.of(authentication);
		if (!access.canRegister(me)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "只有办公室责任人可以登记当面提交或邮寄的申请");
		}
		return me;
	}

	private static FormTokens<ApplicationReceipt> tokens(HttpSession session) {
		return FormTokens.of(session, TOKENS);
	}

}
