package cn.gongkai.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Checked for completeness at start-up by {@link AdminPasswordRequirement}. */
@ConfigurationProperties("gongkai.seed")
record SeedProperties(boolean demoUsers, String demoPassword, String adminPassword, boolean requireAdminPassword) {
}
