package cn.gongkai.airquality;

/**
 * The six air-quality levels of HJ 633-2012 table 2, with the colour of its appendix A. Pages show the category in
 * words beside the colour, so that nothing is said by colour alone.
 */
public enum AqiLevel {

	EXCELLENT(50, "一级", "优", "#00e400"),
	GOOD(100, "二级", "良", "#ffff00"),
	LIGHT(150, "三级", "轻度污染", "#ff7e00"),
	MODERATE(200, "四级", "中度污染", "#ff0000"),
	HEAVY(300, "五级", "重度污染", "#99004c"),
	SEVERE(Integer.MAX_VALUE, "六级", "严重污染", "#7e0023");

	private final int upTo;

	private final String grade;

	private final String category;

	private final String colour;

	AqiLevel(int upTo, String grade, String category, String colour) {
		this.upTo = upTo;
		this.grade = grade;
		this.category = category;
		this.colour = colour;
	}

	public static AqiLevel of(int aqi) {
		for (AqiLevel level : values()) {
			if (aqi <= level.upTo) {
				return level;
			}
		}
		throw new IllegalArgumentException("AQI " + aqi);
	}

	/** The highest AQI of the level. */
	int upTo() {
		return upTo;
	}

	public String grade() {
		return grade;
	}

	public String category() {
		return category;
	}

	/** The background colour of appendix A (RGB 0,228,0 for 优 and so on). */
	public String colour() {
		return colour;
	}

	/**
	 * The style class of a table cell at this level (site.css holds the colours of appendix A: the pages' security
	 * policy allows no inline style).
	 */
	public String cssClass() {
		return "aqi-" + name().toLowerCase(java.util.Locale.ROOT);
	}

}
