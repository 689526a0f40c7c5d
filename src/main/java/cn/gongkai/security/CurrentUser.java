package cn.gongkai.security;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The logged-in person as the application's pages see them: an id and the Camunda groups they belong to. */
public record CurrentUser(String id, Set<String> groups) {

	public static CurrentUser of(Authentication authentication) {
		Set<String> groups = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith(IdentityServiceAuthenticationProvider.GROUP_AUTHORITY_PREFIX))
			.map(a -> a.substring(IdentityServiceAuthenticationProvider.GROUP_AUTHORITY_PREFIX.length()))
			.collect(Collectors.toUnmodifiableSet());
		return new CurrentUser(authentication.getName(), groups);
	}

	public boolean inGroup(String groupId) {
		return groups.contains(groupId);
	}

}
