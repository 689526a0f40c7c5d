package cn.gongkai.workspace;

import java.util.List;

import cn.gongkai.application.Application;
import cn.gongkai.application.ApplicationService;
import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.organization.Organization;
import cn.gongkai.security.AccessPolicy;
import cn.gongkai.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who sees an application for government information, the applicant's identity and contact with it: the office,
 * which receives and registers every application, and the unit it was assigned to. Nobody else, administrators
 * included: the applicant's identity is for the staff who handle the application only.
 */
@Component
class ApplicationAccess {

	private final ApplicationService applications;
	private final Organization organization;
	private final Catalogue catalogue;

	ApplicationAccess(ApplicationService applications, Organization organization, Catalogue catalogue) {
		this.applications = applications;
		this.organization = organization;
		this.catalogue = catalogue;
	}

	/** The application, if the person may see it; otherwise answered as a missing one is (404). */
	Application visible(long id, CurrentUser user) {
		return applications.find(id)
			.filter(a -> canView(user, a))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "申请不存在"));
	}

	boolean seesAll(CurrentUser user) {
		return user.inGroup(AccessPolicy.OFFICE);
	}

	boolean canView(CurrentUser user, Application application) {
		return seesAll(user) || application.unitId() != null && user.inGroup(application.unitId());
	}

	boolean canRegister(CurrentUser user) {
		return AccessPolicy.APPLICATION_REGISTRARS.stream().anyMatch(user::inGroup);
	}

	/** The person's units: the applications assigned to them are theirs to see. */
	List<String> units(CurrentUser user) {
		return organization.units().stream().map(Organization.Unit::id).filter(user::inGroup).toList();
	}

	/** Whether the staff home links the list: for the office and the units that may be given applications. */
	boolean seesList(CurrentUser user) {
		List<String> assignable = catalogue.type(ApplicationService.TYPE_KEY).units();
		return seesAll(user) || units(user).stream().anyMatch(assignable::contains);
	}

}
