package cn.gongkai.workspace;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.PersonNames;
import cn.gongkai.record.Record;
import cn.gongkai.record.RecordService;
import cn.gongkai.security.AccessPolicy;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.site.Bureau;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The staff home (工作台): what a person may work on now, what they drafted (with 更正 and 撤回 on each record's page),
 * their units' open obligations with due times, and the way to 督查 and the administration pages. The webapps' header
 * links here.
 */
@Controller
class WorkspaceController {

	static final int TASKS_SHOWN = 50;
	static final int RECORDS_SHOWN = 30;
	static final int OBLIGATIONS_SHOWN = 100;
	static final int ALL_OBLIGATIONS_SHOWN = 500;

	private final OpenTasks openTasks;
	private final RecordService records;
	private final ObligationService obligations;
	private final Organization organization;
	private final Catalogue catalogue;
	private final PersonNames names;
	private final Bureau bureau;
	private final ApplicationAccess applications;
	private final Clock clock;

	WorkspaceController(OpenTasks openTasks, RecordService records, ObligationService obligations,
			Organization organization, Catalogue catalogue, PersonNames names, Bureau bureau,
			ApplicationAccess applications, Clock clock) {
		this.openTasks = openTasks;
		this.records = records;
		this.obligations = obligations;
		this.organization = organization;
		this.catalogue = catalogue;
		this.names = names;
		this.bureau = bureau;
		this.applications = applications;
		this.clock = clock;
	}

	@GetMapping("/workspace")
	String home(Authentication authentication, Model model) {
		CurrentUser me = CurrentUser.of(authentication);
		List<String> units = organization.units()
			.stream()
			.map(Organization.Unit::id)
			.filter(me::inGroup)
			.toList();
		List<Obligation> owed = new ArrayList<>();
		units.forEach(unit -> owed.addAll(obligations.listOpen(null, unit, null, OBLIGATIONS_SHOWN)));
		owed.sort((a, b) -> a.due().dueAt().compareTo(b.due().dueAt()));
		List<Record> mine = records.touchedBy(me.id(), RECORDS_SHOWN);
		model.addAttribute("name", names.of(me.id()));
		model.addAttribute("unitNames", organization.unitNames());
		model.addAttribute("myUnits", units.stream().map(u -> organization.unitNames().getOrDefault(u, u)).toList());
		model.addAttribute("tasks", openTasks.of(me.id(), TASKS_SHOWN));
		model.addAttribute("records", mine);
		model.addAttribute("obligations", owed);
		model.addAttribute("typeNames", catalogue.typeNames());
		model.addAttribute("now", OffsetDateTime.now(clock));
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("supervisor", isSupervisor(me));
		model.addAttribute("admin", me.inGroup(Organization.PLATFORM_ADMIN_GROUP));
		model.addAttribute("applications", applications.seesList(me));
		model.addAttribute("registersApplications", applications.canRegister(me));
		return "workspace/home";
	}

	/** Every open obligation of the bureau, for administrators, as a page rather than the JSON of the API. */
	@GetMapping("/workspace/obligations")
	String obligations(Model model) {
		model.addAttribute("obligations", obligations.listOpen(null, null, null, ALL_OBLIGATIONS_SHOWN));
		model.addAttribute("limit", ALL_OBLIGATIONS_SHOWN);
		model.addAttribute("unitNames", organization.unitNames());
		model.addAttribute("typeNames", catalogue.typeNames());
		model.addAttribute("now", OffsetDateTime.now(clock));
		model.addAttribute("zone", clock.getZone());
		return "workspace/obligations";
	}

	/** What the webapps' header shows: the bureau, the person's name in Chinese order, and the links they may follow. */
	@GetMapping("/workspace/header")
	@ResponseBody
	Map<String, Object> header(Authentication authentication, HttpServletRequest request) {
		CurrentUser me = CurrentUser.of(authentication);
		String root = request.getContextPath();
		List<Map<String, String>> links = new ArrayList<>();
		links.add(Map.of("text", "工作台", "href", root + "/workspace"));
		if (isSupervisor(me)) {
			links.add(Map.of("text", "督查", "href", root + "/supervision"));
		}
		return Map.of("bureau", bureau.name(), "name", names.of(me.id()), "links", links);
	}

	private static boolean isSupervisor(CurrentUser me) {
		return AccessPolicy.SUPERVISION_GROUPS.stream().anyMatch(me::inGroup);
	}

}
