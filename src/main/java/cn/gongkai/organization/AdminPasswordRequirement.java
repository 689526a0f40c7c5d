package cn.gongkai.organization;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start a production profile without an administrator password from the environment, before anything
 * touches the database: there are no default credentials in production.
 */
class AdminPasswordRequirement implements EnvironmentPostProcessor, Ordered {

	static final String MESSAGE = "GONGKAI_ADMIN_PASSWORD must be set: the postgres profile has no default administrator password";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean required = environment.getProperty("gongkai.seed.require-admin-password", Boolean.class, false);
		String password = environment.getProperty("gongkai.seed.admin-password", "");
		if (required && password.isBlank()) {
			throw new IllegalStateException(MESSAGE);
		}
	}

	/** After the configuration files and profiles have been read. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
