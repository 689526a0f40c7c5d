package cn.gongkai.report;

import java.time.LocalDate;

/**
 * What the public lookup shows of a case: never the complainant's identity, only where the case stands and, once
 * published, the address of its result on the column.
 */
public record CaseStatus(String trackingNo, String categoryLabel, LocalDate submittedOn, String stage,
		Long publishedVersionId) {
}
