package cn.gongkai.obligation;

import java.time.OffsetDateTime;

/** One thing the notice requires of one unit by one time, and what became of it. */
public record Obligation(long id, String typeKey, String unitId, String occasion, String subject, Due due,
		ObligationStatus status, String processInstanceId, Long recordId, OffsetDateTime openedAt,
		OffsetDateTime missedAt, OffsetDateTime closedAt, String closingNote, String sectionKey) {

	public boolean isOpen() {
		return status == ObligationStatus.OPEN;
	}

	public boolean isOverdue(OffsetDateTime now) {
		return isOpen() && now.isAfter(due.dueAt());
	}

}
