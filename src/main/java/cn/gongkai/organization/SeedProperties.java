package cn.gongkai.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code gongkai.seed.require-admin-password} is enforced before start-up by {@link AdminPasswordRequirement}. */
@ConfigurationProperties("gongkai.seed")
record SeedProperties(boolean demoUsers, String demoPassword, String adminPassword) {
}
