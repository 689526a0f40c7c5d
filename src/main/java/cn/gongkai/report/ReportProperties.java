package cn.gongkai.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits of the public form ({@code gongkai.report.*}).
 *
 * @param maxPhotos photos per report
 * @param maxPhotoBytes bytes per photo
 * @param maxPerHour reports per sender address and hour, counted in the database so that every node agrees
 * @param addressSalt mixed into the hash of the sender's address, which is all that is kept of it
 */
@ConfigurationProperties("gongkai.report")
public record ReportProperties(int maxPhotos, long maxPhotoBytes, int maxPerHour, String addressSalt) {
}
