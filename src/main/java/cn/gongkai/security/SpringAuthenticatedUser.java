package cn.gongkai.security;

import java.security.Principal;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the REST API the person Spring Security authenticated, with the groups and tenants it read at that moment, so
 * that Camunda's filter does not ask the identity service for them a second time in the same request. Camunda creates
 * it by its class name ({@link CamundaSingleSignOn}).
 */
public class SpringAuthenticatedUser implements AuthenticationProvider {

	static final String TENANT_AUTHORITY_PREFIX = "TENANT_";

	@Override
	public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
		Principal principal = request.getUserPrincipal();
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (principal == null || authentication == null || !authentication.isAuthenticated()
				|| !principal.getName().equals(authentication.getName())) {
			return AuthenticationResult.unsuccessful();
		}
		AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
		result.setGroups(withPrefix(authentication, IdentityServiceAuthenticationProvider.GROUP_AUTHORITY_PREFIX));
		result.setTenants(withPrefix(authentication, TENANT_AUTHORITY_PREFIX));
		return result;
	}

	@Override
	public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
		// Spring Security answers the challenge before the request reaches this filter.
	}

	private static List<String> withPrefix(Authentication authentication, String prefix) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith(prefix))
			.map(a -> a.substring(prefix.length()))
			.toList();
	}

}
