package cn.gongkai.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("gongkai.seed")
record SeedProperties(boolean demoUsers, String demoPassword, String adminPassword, boolean requireAdminPassword) {

	SeedProperties {
		if (requireAdminPassword && (adminPassword == null || adminPassword.isBlank())) {
			throw new IllegalStateException(
					"GONGKAI_ADMIN_PASSWORD must be set: the postgres profile has no default administrator password");
		}
	}

}
