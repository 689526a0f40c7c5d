package cn.gongkai.application;

/** An application was stored; its handling starts in the same transaction. */
public record ApplicationReceived(long applicationId) {
}
