package cn.gongkai.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One change of the column, in the order changes took effect ({@code seq}): a record's first publication, a correction
 * (a new version of the same record in place of {@code replacedVersionId}), or a retraction of {@code versionId}.
 *
 * @param recordKey the record's public identity: the id of its first published version, the same for every version
 * (the record's own id would tell how many drafts were never published)
 * @param reason the correction's or retraction's reason, as the column's notes show it; null for a first publication
 * @param listing the version as the column's lists show it; null for a retraction, and for any version of a record
 * retracted since, whose text is no longer public
 */
public record ColumnChange(long seq, Kind kind, long recordKey, long versionId, Long replacedVersionId,
		String sectionKey, OffsetDateTime effectiveAt, String reason, Listing listing) {

	public enum Kind {

		PUBLISHED, CORRECTED, RETRACTED

	}

	/** A version's catalogue data and summary: what a list shows, without the body. */
	public record Listing(String title, String indexNo, String summary, String unitId, LocalDate dateFormed,
			OffsetDateTime publishedAt) {
	}

}
