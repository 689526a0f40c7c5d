package cn.gongkai.notification;

/** One email as its recipient reads it: a subject, a plain-text body and the same body as HTML. */
public record MailContent(String subject, String text, String html) {
}
