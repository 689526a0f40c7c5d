package cn.gongkai.application;

/** The corrected application arrived; its handling goes on in the same transaction. */
public record ApplicationCorrected(long applicationId) {
}
