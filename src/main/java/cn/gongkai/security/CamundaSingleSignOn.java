package cn.gongkai.security;

import java.util.Map;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the user Spring Security has authenticated to the webapps and to the REST API. Both filters read
 * {@code request.getUserPrincipal()}, which Spring Security fills, so Camunda never sees a password of its own.
 */
@Configuration(proxyBeanMethods = false)
class CamundaSingleSignOn {

	/** After Spring Security's chain (order -100) and before the webapps' own security filter. */
	static final int ORDER = 101;

	private static final Map<String, String> CONTAINER_PROVIDER = Map.of(
			ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
			ContainerBasedAuthenticationProvider.class.getName());

	/** The REST API takes the groups and tenants Spring Security read, rather than reading them again. */
	private static final Map<String, String> SPRING_PROVIDER = Map.of(
			ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, SpringAuthenticatedUser.class.getName());

	@Bean
	FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOnFilter() {
		var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
		registration.setInitParameters(CONTAINER_PROVIDER);
		registration.addUrlPatterns("/camunda/*");
		registration.setOrder(ORDER);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> restSingleSignOnFilter() {
		var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
		registration.setInitParameters(SPRING_PROVIDER);
		registration.addUrlPatterns("/engine-rest/*");
		registration.setOrder(ORDER);
		return registration;
	}

}
