package cn.gongkai.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.StartPermissions;
import org.springframework.stereotype.Component;

/**
 * Who may do what, in one place that the seeding (Camunda's grants), the models' test and the pages read. Least
 * privilege: staff read process definitions and work on the tasks of their unit and role (Camunda grants a task's
 * candidates TASK_WORK, see {@code application.yml}); they start only the processes below; they get no right to
 * change jobs, definitions, deployments or another person's task. Everything else is the platform administrators'.
 */
@Component
public class AccessPolicy implements StartPermissions {

	/** 信访处 registers complaints, the office plans the column's launch. */
	public static final String COMPLAINTS_REGISTRAR = "xinfang";
	public static final String OFFICE = "office";
	/** Roles that are not tied to a unit's own work: their group is the role itself. */
	public static final Set<String> BUREAU_WIDE_ROLES = Set.of("chief", "secrecy-office", Organization.ROLE_SUPERVISOR);
	/** The office's supervision pages (督查): supervisors and platform administrators. */
	public static final List<String> SUPERVISION_GROUPS = List.of(Organization.ROLE_SUPERVISOR,
			Organization.PLATFORM_ADMIN_GROUP);
	/**
	 * Who copies in an application for government information that came to the counter or by post: the office's
	 * drafters, who run the bureau's disclosure desk.
	 */
	public static final List<String> APPLICATION_REGISTRARS = List
		.of(Organization.unitRoleGroupId(OFFICE, Organization.ROLE_DRAFTER));

	private final Catalogue catalogue;

	AccessPolicy(Catalogue catalogue) {
		this.catalogue = catalogue;
	}

	/**
	 * The groups that may start each process by hand (Tasklist's 发起流程), by process key: an enforcement result or an
	 * incident is registered by the drafters of the units that own the type, a complaint by 信访处's, the launch plan
	 * by the office's. The scheduled types start only from the schedule, never by a person.
	 */
	@Override
	public Map<String, Set<String>> starters() {
		return Map.of("enforcement", drafters(catalogue.type("enforcement").units()), "incident",
				drafters(catalogue.type("incident").units()), "complaints", drafters(List.of(COMPLAINTS_REGISTRAR)),
				"launch-plan", drafters(List.of(OFFICE)));
	}

	private static Set<String> drafters(List<String> units) {
		Set<String> groups = new LinkedHashSet<>();
		units.forEach(unit -> groups.add(Organization.unitRoleGroupId(unit, Organization.ROLE_DRAFTER)));
		return groups;
	}

}
