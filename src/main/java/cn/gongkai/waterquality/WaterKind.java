package cn.gongkai.waterquality;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two water tables the bureau publishes, each in its column section: surface water by monitoring section, and
 * drinking-water sources (集中式生活饮用水地表水源地) by source.
 */
public enum WaterKind {

	SURFACE("water-quality", "水环境质量", "断面"),
	DRINKING("drinking-water", "饮用水源地水质", "水源地");

	private final String section;

	private final String title;

	private final String siteNoun;

	WaterKind(String section, String title, String siteNoun) {
		this.section = section;
		this.title = title;
		this.siteNoun = siteNoun;
	}

	public static Optional<WaterKind> ofSection(String section) {
		return Arrays.stream(values()).filter(k -> k.section.equals(section)).findFirst();
	}

	/** The column's section whose records carry this table. */
	public String section() {
		return section;
	}

	public String title() {
		return title;
	}

	/** What a row's place is called: 断面 or 水源地. */
	public String siteNoun() {
		return siteNoun;
	}

}
