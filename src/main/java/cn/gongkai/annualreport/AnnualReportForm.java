package cn.gongkai.annualreport;

import java.util.Map;

/**
 * What the office typed on the report's data page: the texts, and the figures it enters by their cell names
 * ({@code ACTIVE.LICENSING.DECISIONS}, {@code REMEDIES.RECONSIDERATION.TOTAL}); text until checked.
 */
public record AnnualReportForm(String overview, String problems, String otherMatters, Map<String, String> figures) {

	public static String activeCell(ActiveRow row, ActiveRow.ActiveColumn column) {
		return "ACTIVE." + row.name() + "." + column.name();
	}

	public static String remedyCell(RemedyRow row, RemedyRow.RemedyColumn column) {
		return "REMEDIES." + row.name() + "." + column.name();
	}

}
