package cn.gongkai.supervision;

import java.time.OffsetDateTime;

/** A due time that passed with the work still open. */
public record Breach(long id, String subjectKind, String subjectId, String unitId, String typeKey, String label,
		OffsetDateTime dueAt, OffsetDateTime recordedAt) {
}
