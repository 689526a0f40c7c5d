package cn.gongkai.security;

import java.util.List;

import cn.gongkai.organization.Organization;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for everything: the application's pages and the Camunda webapps share the form login at {@code /login};
 * the REST API takes the same users over HTTP Basic. The public column needs none. Passwords are checked by the one
 * {@link IdentityServiceAuthenticationProvider} of the global authentication manager: registered on each chain as
 * well, it would check every wrong password twice, doubling the engine's login delays and the address throttle.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String LOGIN_PAGE = "/login";
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	private static final String PLATFORM_ADMIN = IdentityServiceAuthenticationProvider.GROUP_AUTHORITY_PREFIX
			+ Organization.PLATFORM_ADMIN_GROUP;
	private static final RequestMatcher CAMUNDA_WEBAPPS = path("/camunda/**");
	private static final RequestMatcher CAMUNDA_API = path("/camunda/api/**");
	/** Where staff work: an anonymous visitor is sent to the login. Elsewhere an unknown address is a Chinese 404. */
	private static final RequestMatcher STAFF_AREAS = new OrRequestMatcher(path("/workspace"), path("/workspace/**"),
			path("/records/**"), path("/reports/**"), path("/supervision"), path("/supervision/**"), CAMUNDA_WEBAPPS);
	/** The webapps' own logout button ends the one shared session too. */
	private static final RequestMatcher LOGOUT = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/camunda/api/admin/auth/user/*/logout"));

	/** Whole-path patterns: the REST API and the webapps are servlets of their own, not Spring MVC. */
	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	private static String[] groupAuthorities(List<String> groups) {
		return groups.stream()
			.map(group -> IdentityServiceAuthenticationProvider.GROUP_AUTHORITY_PREFIX + group)
			.toArray(String[]::new);
	}

	/** HTTP Basic with the engine's users, no session: the REST API, the administration API and Actuator. */
	private static HttpSecurity basicStateless(HttpSecurity http, String pattern) throws Exception {
		return http.securityMatcher(path(pattern))
			.httpBasic(basic -> basic.realmName("gongkai"))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Stateless Basic authentication carries no ambient credential a foreign page could borrow.
			.csrf(csrf -> csrf.disable());
	}

	@Bean
	@Order(1)
	SecurityFilterChain engineRestChain(HttpSecurity http)
			throws Exception {
		return basicStateless(http, "/engine-rest/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.build();
	}

	/** The application's own administration API: platform administrators only. */
	@Bean
	@Order(2)
	SecurityFilterChain adminApiChain(HttpSecurity http)
			throws Exception {
		return basicStateless(http, "/api/admin/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().hasAuthority(PLATFORM_ADMIN))
			.build();
	}

	/** Health for load balancers without a login (details for administrators); metrics for administrators only. */
	@Bean
	@Order(3)
	SecurityFilterChain actuatorChain(HttpSecurity http)
			throws Exception {
		return basicStateless(http, "/actuator/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers(path("/actuator/health"), path("/actuator/health/**"))
				.permitAll()
				.anyRequest()
				.hasAuthority(PLATFORM_ADMIN))
			.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain webChain(HttpSecurity http) throws Exception {
		return http.authorizeHttpRequests(auth -> auth
				.requestMatchers(path("/"), path("/column/**"), path("/css/**"), path("/js/**"), path("/favicon.ico"), path("/favicon.svg"),
						path("/error"),
						path("/report"), path("/report/lookup"), path("/report/receipt"), path("/apply"), path("/apply/**"),
						path("/api/column/**"),
						path("/search"), path(LOGIN_PAGE))
				.permitAll()
				.requestMatchers(path("/camunda/lib/**"), path("/camunda/assets/**"), path("/camunda/app/*/styles/**"),
						path("/camunda/app/*/assets/**"))
				.permitAll()
				.requestMatchers(path("/workspace/obligations"), path("/workspace/stations"), path("/workspace/stations/**"),
						path("/workspace/water-sites"), path("/workspace/water-sites/**"))
				.hasAuthority(PLATFORM_ADMIN)
				// The office's drafters copy in applications from the counter and the post.
				.requestMatchers(path("/workspace/applications/new"), path("/workspace/applications/registered"))
				.hasAnyAuthority(groupAuthorities(AccessPolicy.APPLICATION_REGISTRARS))
				.requestMatchers(path("/supervision/**"), path("/supervision"))
				// The office's supervisors (办公室督查员) and the platform administrators.
				.hasAnyAuthority(groupAuthorities(AccessPolicy.SUPERVISION_GROUPS))
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl("/workspace", false))
			.logout(logout -> logout.logoutRequestMatcher(LOGOUT)
				.logoutSuccessHandler((request, response, authentication) -> {
					if (CAMUNDA_API.matches(request)) {
						response.setStatus(HttpServletResponse.SC_OK);
					}
					else {
						response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?logout");
					}
				}))
			.exceptionHandling(ex -> ex
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), CAMUNDA_API)
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), STAFF_AREAS)
				// Access stays denied; a citizen who mistypes an address reads that the page does not exist.
				.defaultAuthenticationEntryPointFor(
						(request, response, denied) -> response.sendError(HttpServletResponse.SC_NOT_FOUND),
						AnyRequestMatcher.INSTANCE))
			// The webapps protect their API with their own CSRF filter, using the same cookie and header names.
			.csrf(csrf -> csrf.ignoringRequestMatchers(CAMUNDA_WEBAPPS))
			.headers(headers -> headers
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
				// The webapps send their own nonce-based policy; a second one would block their scripts.
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(CAMUNDA_WEBAPPS),
						new StaticHeadersWriter("Content-Security-Policy", CONTENT_SECURITY_POLICY)))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()")))
			.build();
	}

}
