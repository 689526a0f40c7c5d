package cn.gongkai.notification;

/** What an email is about and at which step of the ladder: with the recipient, it is sent at most once. */
public record NotificationKey(String subjectKind, String subjectId, String step) {
}
