package cn.gongkai.obligation;

import java.time.LocalDate;

/** The days a record reports on, first to last, and how the schedule names them ("2026年12月上半月"). */
public record ReportingPeriod(LocalDate first, LocalDate last, String name) {
}
