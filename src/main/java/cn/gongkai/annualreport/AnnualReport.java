package cn.gongkai.annualreport;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;

import cn.gongkai.application.ApplicationYear;

/**
 * A year's report as the office saved it, never changed afterwards: the three texts of parts one, five and six, and
 * the figures of tables two to four (part two's penalty decisions and all of part three computed by the system).
 */
public record AnnualReport(long id, long recordId, int year, String overview, String problems, String otherMatters,
		Map<ActiveRow, Map<ActiveRow.ActiveColumn, BigDecimal>> active, ApplicationYear applications,
		Map<RemedyRow, Map<RemedyRow.RemedyColumn, Integer>> remedies, String savedBy, OffsetDateTime savedAt) {
}
