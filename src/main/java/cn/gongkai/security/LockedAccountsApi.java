package cn.gongkai.security;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import cn.gongkai.organization.PersonNames;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administrators see which accounts are waiting out a login delay after failed passwords, and how many failures
 * led there. A delay always ends by itself; Camunda Admin can also unlock an account at once.
 */
@RestController
class LockedAccountsApi {

	private final IdentityService identityService;

	LockedAccountsApi(IdentityService identityService) {
		this.identityService = identityService;
	}

	record LockedAccount(String userId, String name, int failedAttempts, Instant lockedUntil) {
	}

	@GetMapping("/api/admin/accounts/locked")
	List<LockedAccount> locked() {
		Instant now = ClockUtil.getCurrentTime().toInstant();
		return identityService.createUserQuery()
			.list()
			.stream()
			.map(UserEntity.class::cast)
			.filter(user -> user.getLockExpirationTime() != null && user.getLockExpirationTime().toInstant().isAfter(now))
			.map(user -> new LockedAccount(user.getId(),
					PersonNames.inChineseOrder(user.getLastName(), user.getFirstName(), user.getId()), user.getAttempts(),
					user.getLockExpirationTime().toInstant()))
			.sorted(Comparator.comparing(LockedAccount::lockedUntil).reversed())
			.toList();
	}

}
