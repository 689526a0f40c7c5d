package cn.gongkai.waterquality;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

/**
 * A site's month as the table reported it, with the assessment made when it was entered (kept, not made again: a
 * published month stays as it was even if the site's target is changed later).
 */
public record SiteMonth(String siteId, YearMonth month, Map<WaterItem, BigDecimal> values, WaterAssessment assessment) {

	public SiteMonth {
		values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
	}

	public BigDecimal value(WaterItem item) {
		return values.get(item);
	}

}
