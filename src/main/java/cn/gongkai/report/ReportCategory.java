package cn.gongkai.report;

/** What the public reports about (docs/design.md §7). */
public enum ReportCategory {

	AIR("大气污染"), WATER("水污染"), NOISE("噪声污染"), SOLID_WASTE("固体废物"), RADIATION("辐射"), OTHER("其他");

	private final String label;

	ReportCategory(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

}
