package cn.gongkai.waterquality;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A site's month as a page shows it: the site by the name it has in the reference list. */
public record WaterRow(String siteName, String water, YearMonth month, SiteMonth data) {

	static WaterRow of(SiteMonth month, WaterSite site) {
		return new WaterRow(site == null ? month.siteId() : site.name(), site == null ? "" : site.water(), month.month(),
				month);
	}

	/** A value as typed, or a dash where the item was not monitored. */
	public String value(WaterItem item) {
		BigDecimal value = data.value(item);
		return value == null ? "—" : value.toPlainString();
	}

	/** The class of a table 1 item's value, where it has one. */
	public WaterClass itemClass(WaterItem item) {
		return data.assessment().itemClasses().get(item);
	}

	public boolean exceeds(WaterItem item) {
		return data.assessment().exceeding().stream().anyMatch(e -> e.item() == item);
	}

	public WaterClass siteClass() {
		return data.assessment().siteClass();
	}

	public WaterClass target() {
		return data.assessment().target();
	}

	public boolean meets() {
		return data.assessment().meets();
	}

	/** 达标, or 不达标 with the items over their limits and their multiples. */
	public String verdict() {
		return meets() ? "达标" : "不达标";
	}

	public String exceedingText() {
		return data.assessment().exceedingText();
	}

}
