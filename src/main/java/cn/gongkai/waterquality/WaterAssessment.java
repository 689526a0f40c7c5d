package cn.gongkai.waterquality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A site's month judged by GB 3838-2002 and the method of assessing it (地表水环境质量评价办法): each table 1 item's
 * class is the best class whose limit the value meets (so a value within limits shared by several classes takes the
 * better one); the site's class is the worst of its assessed items (total nitrogen and faecal coliforms are reported
 * with their class but not assessed, total nitrogen only in a lake or reservoir); pH outside 6–9 meets no class. The site meets its target when its class is no
 * worse than the target and no item of tables 2 and 3 exceeds its limit. Each exceeding item is named with how many
 * times over the target's limit it is, where the standard's assessment gives a multiple (not for dissolved oxygen or
 * pH).
 */
public record WaterAssessment(Map<WaterItem, WaterClass> itemClasses, WaterClass siteClass, WaterClass target,
		List<Exceedance> exceeding) {

	public WaterAssessment {
		itemClasses = itemClasses.isEmpty() ? Map.of() : new EnumMap<>(itemClasses);
		exceeding = List.copyOf(exceeding);
	}

	/** An item over its limit, with its multiple ((value − limit) / limit, two decimals) where one is given. */
	public record Exceedance(WaterItem item, BigDecimal multiple) {

		public String text() {
			return multiple == null ? item.label() : item.label() + "（" + multiple.toPlainString() + "）";
		}

	}

	public static WaterAssessment of(Map<WaterItem, BigDecimal> values, boolean lake, WaterClass target) {
		Map<WaterItem, WaterClass> classes = new EnumMap<>(WaterItem.class);
		List<Exceedance> exceeding = new ArrayList<>();
		WaterClass site = null;
		for (Map.Entry<WaterItem, BigDecimal> entry : values.entrySet()) {
			WaterItem item = entry.getKey();
			BigDecimal value = entry.getValue();
			// Total nitrogen's limits are the standard's for lakes and reservoirs only: a river's is reported bare.
			if (item == WaterItem.TN && !lake) {
				continue;
			}
			if (item.hasClasses()) {
				WaterClass itemClass = classOf(item, value, lake);
				classes.put(item, itemClass);
				if (!item.assessed()) {
					continue;
				}
				if (site == null || itemClass.worseThan(site)) {
					site = itemClass;
				}
				if (itemClass.worseThan(target)) {
					exceeding.add(new Exceedance(item, multiple(item, value, item.limit(target, lake))));
				}
			}
			else if (value.compareTo(item.limit(target, lake)) > 0) {
				exceeding.add(new Exceedance(item, multiple(item, value, item.limit(target, lake))));
			}
		}
		return new WaterAssessment(classes, site, target, exceeding);
	}

	static WaterClass classOf(WaterItem item, BigDecimal value, boolean lake) {
		if (item.bound() == WaterItem.Bound.RANGE) {
			return value.compareTo(WaterItem.PH_LOW) >= 0 && value.compareTo(WaterItem.PH_HIGH) <= 0 ? WaterClass.I
					: WaterClass.WORSE_THAN_V;
		}
		for (WaterClass c : WaterClass.values()) {
			if (!c.isTarget()) {
				break;
			}
			int against = value.compareTo(item.limit(c, lake));
			if (item.bound() == WaterItem.Bound.LOWER ? against >= 0 : against <= 0) {
				return c;
			}
		}
		return WaterClass.WORSE_THAN_V;
	}

	private static BigDecimal multiple(WaterItem item, BigDecimal value, BigDecimal limit) {
		if (item.bound() != WaterItem.Bound.UPPER) {
			return null;
		}
		return value.subtract(limit).divide(limit, 2, RoundingMode.HALF_UP);
	}

	/** Within the target: the site's class no worse than it, and nothing over a limit. */
	public boolean meets() {
		return exceeding.isEmpty();
	}

	public String exceedingText() {
		return exceeding.stream().map(Exceedance::text).collect(Collectors.joining("、"));
	}

}
