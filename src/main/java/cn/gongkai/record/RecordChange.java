package cn.gongkai.record;

import java.time.OffsetDateTime;

/**
 * A correction or retraction of a published record, from the unit's request to the review's decision. Only an
 * effective change shows on the column.
 */
public record RecordChange(long id, long recordId, ChangeKind kind, Status status, String reason, String requestedBy,
		OffsetDateTime requestedAt, long previousVersionId, Long publishedVersionId, OffsetDateTime decidedAt) {

	public enum Status {

		PENDING, EFFECTIVE, REFUSED, CANCELLED

	}

	public static final int REASON_MAX = 1000;

}
