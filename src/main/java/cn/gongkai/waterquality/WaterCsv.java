package cn.gongkai.waterquality;

import static cn.gongkai.datatable.CsvText.BOM;
import static cn.gongkai.datatable.CsvText.cell;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The water table as CSV: the template to fill in, and the published data to download. Its header is the one
 * {@link WaterTableCheck} reads (the computed columns are read past), so a download can be uploaded again.
 */
public final class WaterCsv {

	private WaterCsv() {
	}

	/** The template's items: table 1's for surface water; tables 1 and 2's for sources (table 3's may be added). */
	static List<WaterItem> templateItems(WaterKind kind) {
		return Arrays.stream(WaterItem.values())
			.filter(i -> i.hasClasses() || kind == WaterKind.DRINKING && i.table() == WaterItem.Table.SUPPLEMENTARY)
			.toList();
	}

	private static String header(WaterKind kind, List<WaterItem> items) {
		List<String> cells = new ArrayList<>(List.of(kind.siteNoun(), WaterTableCheck.MONTH));
		items.forEach(i -> cells.add(i.heading()));
		return String.join(",", cells);
	}

	/** A row per site and month of the period, the values left for the unit to fill in. */
	public static String template(WaterKind kind, List<WaterSite> sites, YearMonth first, YearMonth last) {
		List<WaterItem> items = templateItems(kind);
		StringBuilder csv = new StringBuilder(BOM).append(header(kind, items)).append("\r\n");
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			for (WaterSite site : sites) {
				csv.append(cell(site.name())).append(',').append(month).append(",".repeat(items.size())).append("\r\n");
			}
		}
		return csv.toString();
	}

	public static String of(WaterKind kind, List<WaterItem> items, List<WaterRow> rows) {
		StringBuilder csv = new StringBuilder(BOM).append(header(kind, items)).append(",所在水体,水质类别,目标,达标情况,超标项目\r\n");
		for (WaterRow r : rows) {
			csv.append(cell(r.siteName())).append(',').append(r.month());
			items.forEach(i -> csv.append(',').append(r.data().value(i) == null ? "" : r.data().value(i).toPlainString()));
			csv.append(',')
				.append(cell(r.water()))
				.append(',')
				.append(r.siteClass() == null ? "" : r.siteClass().label())
				.append(',')
				.append(r.target().label())
				.append(',')
				.append(r.verdict())
				.append(',')
				.append(cell(r.exceedingText()))
				.append("\r\n");
		}
		return csv.toString();
	}

}
