package cn.gongkai.security;

import cn.gongkai.organization.PersonNames;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Names from Camunda's identity service, the one user store, in Chinese order. */
@Component
class StaffNames implements PersonNames {

	/** The drafter of a record the schedule opened, until a person submits it. */
	static final String SCHEDULE = "schedule";

	private final IdentityService identityService;

	StaffNames(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public String of(String userId) {
		if (userId == null || SCHEDULE.equals(userId)) {
			return "（按期开启，尚未提交）";
		}
		User user = identityService.createUserQuery().userId(userId).singleResult();
		if (user == null) {
			return userId;
		}
		String name = (user.getLastName() == null ? "" : user.getLastName())
				+ (user.getFirstName() == null ? "" : user.getFirstName());
		return name.isBlank() ? userId : name;
	}

}
