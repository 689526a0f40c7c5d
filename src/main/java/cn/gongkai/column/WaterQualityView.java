package cn.gongkai.column;

import java.math.BigDecimal;
import java.util.List;

import cn.gongkai.site.PublicUrl;
import cn.gongkai.waterquality.WaterAssessment;
import cn.gongkai.waterquality.WaterClass;
import cn.gongkai.waterquality.WaterKind;
import cn.gongkai.waterquality.WaterQualityData.WaterTable;
import cn.gongkai.waterquality.WaterDataSet;
import cn.gongkai.waterquality.WaterRow;

/** A published version's water table as the JSON API and the JSON download carry it. */
record WaterQualityView(String kind, String firstMonth, String lastMonth, String standard, String csvUrl,
		String jsonUrl, List<Share> shareMeeting, List<Month> months) {

	record Share(String month, double percent) {
	}

	record Month(String site, String siteName, String water, String month, String waterClass, String target,
			boolean meetsTarget, List<Value> values) {
	}

	record Value(String item, String name, String unit, BigDecimal value, String waterClass, boolean exceeds,
			BigDecimal multiple) {
	}

	static WaterQualityView of(long versionId, WaterDataSet set, WaterTable table, PublicUrl publicUrl) {
		String base = "/column/records/" + versionId + "/water";
		return new WaterQualityView(set.kind() == WaterKind.SURFACE ? "surface" : "drinking", set.reportedFirst().toString(),
				set.reportedLast().toString(), "GB 3838-2002", publicUrl.of(base + ".csv"), publicUrl.of(base + ".json"),
				set.shareMeetingByMonth().entrySet().stream().map(e -> new Share(e.getKey().toString(), e.getValue())).toList(),
				table.rows().stream().map(WaterQualityView::month).toList());
	}

	private static Month month(WaterRow r) {
		WaterAssessment assessment = r.data().assessment();
		List<Value> values = r.data()
			.values()
			.entrySet()
			.stream()
			.map(e -> new Value(e.getKey().code(), e.getKey().label(), e.getKey().unit(), plain(e.getValue()),
					label(assessment.itemClasses().get(e.getKey())), r.exceeds(e.getKey()),
					assessment.exceeding()
						.stream()
						.filter(x -> x.item() == e.getKey())
						.map(WaterAssessment.Exceedance::multiple)
						.findFirst()
						.orElse(null)))
			.toList();
		return new Month(r.data().siteId(), r.siteName(), r.water(), r.month().toString(), label(r.siteClass()),
				r.target().label(), r.meets(), values);
	}

	private static String label(WaterClass c) {
		return c == null ? null : c.label();
	}

	/** 0.5, not 0.50000000: a stored NUMERIC carries its scale into JSON otherwise. */
	private static BigDecimal plain(BigDecimal value) {
		return new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

}
