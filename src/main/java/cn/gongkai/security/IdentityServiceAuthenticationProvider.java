package cn.gongkai.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks passwords against Camunda's identity service, so that one user store serves the login form, HTTP Basic on
 * the REST API and the webapps. The engine delays an account's next login after a failure; {@link LoginThrottle}
 * slows an address that fails too often.
 */
@Component
class IdentityServiceAuthenticationProvider implements AuthenticationProvider {

	static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

	private static final Logger log = LoggerFactory.getLogger(IdentityServiceAuthenticationProvider.class);

	static final String ADDRESS_BLOCKED = "登录失败次数过多，请 10 分钟后再试";

	private final IdentityService identityService;
	private final LoginThrottle throttle;
	private final VerifiedCredentials verified;

	IdentityServiceAuthenticationProvider(IdentityService identityService, LoginThrottle throttle, Clock clock,
			@Value("${gongkai.security.verified-credentials-lifetime}") Duration verifiedLifetime) {
		this.identityService = identityService;
		this.throttle = throttle;
		this.verified = new VerifiedCredentials(verifiedLifetime, clock);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String userId = authentication.getName();
		Object credentials = authentication.getCredentials();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		if (userId != null && credentials != null) {
			var known = verified.find(userId, credentials.toString());
			if (known.isPresent()) {
				return authenticated(userId, known.get().groups(), known.get().tenants());
			}
		}
		if (throttle.isBlocked(address)) {
			log.warn("Login refused for {} from {}: too many failures from that address", userId, address);
			throw new LockedException(ADDRESS_BLOCKED);
		}
		if (userId == null || userId.isBlank() || credentials == null
				|| !identityService.checkPassword(userId, credentials.toString())) {
			throttle.failed(address);
			log.warn("Failed login for {} from {}", userId, address);
			throw new BadCredentialsException("用户名或密码错误");
		}
		List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
		// As Camunda's own REST filter reads them: a user's tenants, directly or through a group.
		List<String> tenants = identityService.createTenantQuery()
			.userMember(userId)
			.includingGroupsOfUser(true)
			.list()
			.stream()
			.map(Tenant::getId)
			.toList();
		verified.remember(userId, credentials.toString(), groups, tenants);
		return authenticated(userId, groups, tenants);
	}

	private static Authentication authenticated(String userId, List<String> groups, List<String> tenants) {
		List<SimpleGrantedAuthority> authorities = Stream.concat(groups.stream().map(id -> GROUP_AUTHORITY_PREFIX + id),
					tenants.stream().map(id -> SpringAuthenticatedUser.TENANT_AUTHORITY_PREFIX + id))
			.map(SimpleGrantedAuthority::new)
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
