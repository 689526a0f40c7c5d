package cn.gongkai.airquality;

import java.math.BigDecimal;

/**
 * The pollutants of a daily air-quality report, with the concentration breakpoints of HJ 633-2012 table 1 that belong
 * to a daily value (docs/design.md §8): 24-hour means, the ozone's highest 8-hour and 1-hour means of the day. Carbon
 * monoxide is in mg/m³, the others in µg/m³.
 */
public enum Pollutant {

	PM25("PM2.5", "细颗粒物", "μg/m³", 0, 35, 75, 115, 150, 250, 350, 500),
	PM10("PM10", "可吸入颗粒物", "μg/m³", 0, 50, 150, 250, 350, 420, 500, 600),
	SO2("SO2", "二氧化硫", "μg/m³", 0, 50, 150, 475, 800, 1600, 2100, 2620),
	NO2("NO2", "二氧化氮", "μg/m³", 0, 40, 80, 180, 280, 565, 750, 940),
	CO("CO", "一氧化碳", "mg/m³", 0, 2, 4, 14, 24, 36, 48, 60),
	/** HJ 633-2012: above 800 µg/m³ no 8-hour index is computed; the 1-hour index stands for ozone. */
	O3_8H("O3_8h", "臭氧（日最大8小时平均）", "μg/m³", 0, 100, 160, 215, 265, 800),
	O3_1H("O3_1h", "臭氧（日最大1小时平均）", "μg/m³", 0, 160, 200, 300, 400, 800, 1000, 1200);

	/** The index values of the breakpoints, common to every pollutant. */
	static final int[] INDEX = { 0, 50, 100, 150, 200, 300, 400, 500 };

	private final String code;

	private final String label;

	private final String unit;

	private final int[] breakpoints;

	Pollutant(String code, String label, String unit, int... breakpoints) {
		this.code = code;
		this.label = label;
		this.unit = unit;
		this.breakpoints = breakpoints;
	}

	/** The column heading and the name in data files: PM2.5, O3_8h. */
	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	public String unit() {
		return unit;
	}

	/** The concentration at the table's last breakpoint: above it the table gives no index. */
	BigDecimal highestBreakpoint() {
		return BigDecimal.valueOf(breakpoints[breakpoints.length - 1]);
	}

	int breakpoint(int i) {
		return breakpoints[i];
	}

	int breakpoints() {
		return breakpoints.length;
	}

}
