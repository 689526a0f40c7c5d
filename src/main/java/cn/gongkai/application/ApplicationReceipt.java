package cn.gongkai.application;

/** What the applicant keeps: the tracking number and the secret code (shown once, stored only as a hash). */
public record ApplicationReceipt(long applicationId, String trackingNo, String secretCode) implements java.io.Serializable {
}
