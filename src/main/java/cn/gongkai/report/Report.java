package cn.gongkai.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A report as the handling staff see it, complainant included. */
public record Report(long id, String trackingNo, ReportCategory category, String place, LocalDate occurredOn,
		String description, String reporterName, String reporterPhone, String handlingUnit, String processInstanceId,
		OffsetDateTime createdAt) {
}
