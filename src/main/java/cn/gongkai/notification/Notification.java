package cn.gongkai.notification;

import java.time.OffsetDateTime;

/** One row of the notification log. */
public record Notification(long id, String subjectKind, String subjectId, String step, String recipient, String email,
		String unitId, String mailSubject, NotificationStatus status, int attempts, String lastError,
		OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime sentAt) {
}
