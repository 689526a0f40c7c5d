package cn.gongkai.security;

import cn.gongkai.organization.PersonNames;
import cn.gongkai.record.Record;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Names from Camunda's identity service, the one user store, in Chinese order. */
@Component
class StaffNames implements PersonNames {

	private final IdentityService identityService;

	StaffNames(IdentityService identityService) {
		this.identityService = identityService;
	}

	@Override
	public String of(String userId) {
		if (userId == null || Record.SCHEDULE.equals(userId)) {
			return "（按期开启，尚未提交）";
		}
		User user = identityService.createUserQuery().userId(userId).singleResult();
		return user == null ? userId : PersonNames.inChineseOrder(user.getLastName(), user.getFirstName(), userId);
	}

}
