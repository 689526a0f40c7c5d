package cn.gongkai.column;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("gongkai.column.cache")
record ColumnCacheProperties(boolean enabled, long maxBytes, Duration checkInterval, String bypassToken) {
}
