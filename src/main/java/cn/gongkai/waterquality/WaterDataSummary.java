package cn.gongkai.waterquality;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A data set in a few lines, for a reviewer who approves it and a page that lists it. */
public final class WaterDataSummary {

	private WaterDataSummary() {
	}

	/** The set's summary; the rows name the sites that exceed. */
	static String of(WaterDataSet set, List<WaterRow> rows) {
		WaterKind kind = set.kind();
		long sites = set.months().stream().map(SiteMonth::siteId).distinct().count();
		long months = set.months().stream().map(SiteMonth::month).distinct().count();
		List<String> counted = new ArrayList<>();
		for (WaterClass c : WaterClass.values()) {
			long count = set.months().stream().filter(m -> m.assessment().siteClass() == c).count();
			if (count > 0) {
				counted.add(c.label() + " " + count);
			}
		}
		String classes = String.join("，", counted);
		String shares = set.shareMeetingByMonth()
			.entrySet()
			.stream()
			.map(e -> e.getKey() + " " + e.getValue() + "%")
			.collect(Collectors.joining("，"));
		String exceeding = rows.stream()
			.filter(r -> !r.meets())
			.map(r -> r.siteName() + " " + r.month() + " " + r.exceedingText())
			.collect(Collectors.joining("；"));
		return set.reportedMonths() + "：" + sites + " 个" + kind.siteNoun() + "、" + months + " 个月，共 "
				+ set.months().size() + " 条月度数据；" + (classes.isEmpty() ? "" : classes + "；")
				+ (kind == WaterKind.SURFACE ? "Ⅰ～Ⅲ类比例 " + set.goodShare() + "%；" : "") + "达标率 " + shares + "；"
				+ (exceeding.isEmpty() ? "无超标" : "未达到水质目标（括号内为超过目标限值的倍数）：" + exceeding) + "。";
	}

}
