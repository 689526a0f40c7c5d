package cn.gongkai.report;

/** Published inside the submitting transaction: the complaint process starts with the report, or neither exists. */
public record ReportSubmitted(long reportId, String title) {
}
