package cn.gongkai.column;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.annualreport.ActiveRow;
import cn.gongkai.annualreport.AnnualReport;
import cn.gongkai.annualreport.NationalFormat;
import cn.gongkai.annualreport.RemedyRow;
import cn.gongkai.application.ApplicantKind;
import cn.gongkai.site.PublicUrl;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A published annual report as its JSON download carries it: the texts, and each table's figures keyed by the names
 * of its rows and columns, which the {@code columns} and each row's {@code label} give in the format's Chinese.
 */
record AnnualReportView(long versionId, int year, String title, String format, String url, String jsonUrl,
		String overview, String problems, String otherMatters, Table active, Table applications, Table remedies) {

	static final String FORMAT = "国办公开办函〔2021〕30号";

	record Column(String key, String label) {
	}

	/** A row; {@code article} is the item of article 20 a row of table two reports under. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Row(String key, String label, String article, boolean computed, Map<String, Number> figures) {
	}

	record Table(String title, List<Column> columns, List<Row> rows) {
	}

	static AnnualReportView of(long versionId, String bureau, AnnualReport report, PublicUrl publicUrl) {
		String base = "/column/records/" + versionId + "/annual-report";
		return new AnnualReportView(versionId, report.year(), title(bureau, report.year()), FORMAT, publicUrl.of(base),
				publicUrl.of(base + ".json"), report.overview(), report.problems(), report.otherMatters(),
				active(report), applications(report), remedies(report));
	}

	/** The report's title as the national format words it. */
	static String title(String bureau, int year) {
		return bureau + year + "年政府信息公开工作年度报告";
	}

	private static Table active(AnnualReport report) {
		List<Column> columns = new ArrayList<>();
		for (ActiveRow.ActiveColumn column : ActiveRow.ActiveColumn.values()) {
			columns.add(new Column(column.name(), column.label()));
		}
		List<Row> rows = new ArrayList<>();
		for (ActiveRow row : ActiveRow.values()) {
			Map<String, Number> figures = new LinkedHashMap<>();
			Map<ActiveRow.ActiveColumn, BigDecimal> cells = report.active().getOrDefault(row, Map.of());
			for (ActiveRow.ActiveColumn column : row.columns()) {
				figures.put(column.name(), NationalFormat.plain(column, cells.get(column)));
			}
			rows.add(new Row(row.name(), row.label(), row.article(), NationalFormat.computed(row), figures));
		}
		return new Table(NationalFormat.PART_TWO, columns, rows);
	}

	private static Table applications(AnnualReport report) {
		List<Column> columns = new ArrayList<>();
		for (ApplicantKind kind : NationalFormat.KINDS) {
			columns.add(new Column(kind.name(), kind.label()));
		}
		columns.add(new Column(NationalFormat.TOTAL, "总计"));
		List<Row> rows = new ArrayList<>();
		for (NationalFormat.ApplicationLine line : NationalFormat.applicationLines(report.applications())) {
			Map<String, Number> figures = new LinkedHashMap<>();
			line.cells().forEach((kind, figure) -> figures.put(kind.name(), figure));
			figures.put(NationalFormat.TOTAL, line.total());
			rows.add(new Row(line.key(), line.label(), null, true, figures));
		}
		return new Table(NationalFormat.PART_THREE, columns, rows);
	}

	private static Table remedies(AnnualReport report) {
		List<Column> columns = new ArrayList<>();
		for (RemedyRow.RemedyColumn column : RemedyRow.RemedyColumn.values()) {
			columns.add(new Column(column.name(), column.label()));
		}
		List<Row> rows = new ArrayList<>();
		for (RemedyRow row : RemedyRow.values()) {
			Map<String, Number> figures = new LinkedHashMap<>();
			Map<RemedyRow.RemedyColumn, Integer> cells = report.remedies().getOrDefault(row, Map.of());
			for (RemedyRow.RemedyColumn column : RemedyRow.RemedyColumn.values()) {
				figures.put(column.name(), cells.get(column));
			}
			rows.add(new Row(row.name(), row.label(), null, false, figures));
		}
		return new Table(NationalFormat.PART_FOUR, columns, rows);
	}

}
