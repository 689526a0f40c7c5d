package cn.gongkai.report;

/** What the public form sends, as typed: validated by {@link ReportService}, never trusted. */
public record ReportForm(String category, String place, String occurredOn, String description, String name,
		String phone, String website) {
}
