package cn.gongkai.waterquality;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One upload of a record's water table: never changed; a new upload is a new data set. */
public record WaterDataSet(long id, long recordId, WaterKind kind, String fileName, YearMonth first, YearMonth last,
		String uploadedBy, OffsetDateTime uploadedAt, List<SiteMonth> months) {

	public WaterDataSet {
		months = List.copyOf(months);
	}

	/** The first month the table reports (the period it could report may be longer). */
	public YearMonth reportedFirst() {
		return months.stream().map(SiteMonth::month).min(YearMonth::compareTo).orElse(first);
	}

	public YearMonth reportedLast() {
		return months.stream().map(SiteMonth::month).max(YearMonth::compareTo).orElse(last);
	}

	/** The months reported, as a page names them: 2026-11, or 2026-10 至 2026-11. */
	public String reportedMonths() {
		return reportedFirst().equals(reportedLast()) ? reportedFirst().toString()
				: reportedFirst() + " 至 " + reportedLast();
	}

	/** The items any row reports, in the standard's order: the columns a page shows. */
	public List<WaterItem> items() {
		return Arrays.stream(WaterItem.values())
			.filter(item -> months.stream().anyMatch(m -> m.values().containsKey(item)))
			.toList();
	}

	/** Per month, the share of sites within their target, in percent with one decimal (the month's 达标率). */
	public Map<YearMonth, Double> shareMeetingByMonth() {
		Map<YearMonth, long[]> counts = new TreeMap<>();
		months.forEach(m -> {
			long[] c = counts.computeIfAbsent(m.month(), k -> new long[2]);
			c[0] += m.assessment().meets() ? 1 : 0;
			c[1]++;
		});
		Map<YearMonth, Double> shares = new TreeMap<>();
		counts.forEach((month, c) -> shares.put(month, Math.round(c[0] * 1000.0 / c[1]) / 10.0));
		return shares;
	}

	/** The share of site-months in classes Ⅰ to Ⅲ, in percent with one decimal (the bulletins' 优良比例). */
	public double goodShare() {
		long assessed = months.stream().filter(m -> m.assessment().siteClass() != null).count();
		long good = months.stream()
			.filter(m -> m.assessment().siteClass() != null && !m.assessment().siteClass().worseThan(WaterClass.III))
			.count();
		return assessed == 0 ? 0 : Math.round(good * 1000.0 / assessed) / 10.0;
	}

	public long meeting() {
		return months.stream().filter(m -> m.assessment().meets()).count();
	}

}
