package cn.gongkai.report;

/** What the complainant keeps: the tracking number and the secret code (shown once, stored only as a hash). */
public record Receipt(long reportId, String trackingNo, String secretCode) implements java.io.Serializable {
}
