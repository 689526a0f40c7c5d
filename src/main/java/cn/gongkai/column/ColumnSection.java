package cn.gongkai.column;

import java.util.Arrays;
import java.util.Optional;

/** Sections of 局官网信息专栏 that have content so far; the catalogue of types will drive the full list. */
enum ColumnSection {

	AIR_QUALITY("air-quality", "空气质量", "环境监测信息"),
	WATER_QUALITY("water-quality", "水环境质量", "环境监测信息"),
	DRINKING_WATER("drinking-water", "饮用水源地水质", "环境监测信息");

	private final String key;
	private final String title;
	private final String group;

	ColumnSection(String key, String title, String group) {
		this.key = key;
		this.title = title;
		this.group = group;
	}

	public String getKey() {
		return key;
	}

	public String getTitle() {
		return title;
	}

	public String getGroup() {
		return group;
	}

	static Optional<ColumnSection> byKey(String key) {
		return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
	}

}
