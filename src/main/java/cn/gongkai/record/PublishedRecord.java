package cn.gongkai.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** An immutable published version, as the public column shows it (条例第十二条 catalogue metadata included). */
public record PublishedRecord(long id, long recordId, String sectionKey, String unitId, String title, String indexNo,
		String summary, String body, LocalDate dateFormed, OffsetDateTime publishedAt) {
}
