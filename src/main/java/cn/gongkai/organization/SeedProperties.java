package cn.gongkai.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("gongkai.seed")
record SeedProperties(boolean demoUsers, String demoPassword, String adminPassword, boolean requireAdminPassword) {
}
