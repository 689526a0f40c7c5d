package cn.gongkai.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A disclosure record as its unit is drafting it; the reviewed and published states are separate snapshots. */
public record Record(long id, String typeKey, String sectionKey, String unitId, String drafterId, RecordStatus status,
		String title, String indexNo, String summary, String body, LocalDate dateFormed, boolean personalInfo,
		boolean majorConcern, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

	/** The drafter of a record the schedule opened, until a person submits it. */
	public static final String SCHEDULE = "schedule";

	/**
	 * The section of a record reviewed like every other but never put on the column: an answer to an application for
	 * information, which goes to its applicant alone (docs/design.md §9).
	 */
	public static final String OFF_COLUMN = "off-column";

	public DraftContent content() {
		return new DraftContent(title, indexNo, summary, body, dateFormed, personalInfo, majorConcern);
	}

}
