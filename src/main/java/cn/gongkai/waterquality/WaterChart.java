package cn.gongkai.waterquality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each site's class per month as horizontal bars, drawn on the server as SVG so that it needs no script: a longer bar
 * is a worse class, coloured as the bulletins colour it and labelled in words, with the site's target marked; the
 * table beside the chart says it all in words.
 */
public record WaterChart(int width, int height, List<Tick> ticks, List<SiteBars> sites, String description) {

	static final int WIDTH = 720;
	static final int LABELS = 190;
	static final int RIGHT = 100;
	static final int TOP = 8;
	static final int AXIS = 26;
	static final int BAR = 16;
	static final int GAP = 10;

	public record Tick(int at, String label) {
	}

	public record Bar(int y, int length, String colour, String label, String title) {
	}

	public record SiteBars(String name, int y, int height, int targetX, String targetLabel, List<Bar> bars) {
	}

	static WaterChart of(WaterDataSet set, List<WaterRow> rows) {
		int unit = (WIDTH - LABELS - RIGHT) / WaterClass.values().length;
		List<Tick> ticks = new ArrayList<>();
		for (WaterClass c : WaterClass.values()) {
			ticks.add(new Tick(LABELS + c.number() * unit - unit / 2, c.label()));
		}
		Map<String, List<WaterRow>> bySite = new LinkedHashMap<>();
		rows.stream()
			.sorted((a, b) -> a.month().compareTo(b.month()))
			.forEach(r -> bySite.computeIfAbsent(r.siteName(), k -> new ArrayList<>()).add(r));
		List<SiteBars> sites = new ArrayList<>();
		int y = TOP;
		for (Map.Entry<String, List<WaterRow>> site : bySite.entrySet()) {
			List<Bar> bars = new ArrayList<>();
			int barY = y;
			for (WaterRow r : site.getValue()) {
				WaterClass c = r.siteClass();
				String label = c == null ? "未评价类别" : c.label();
				bars.add(new Bar(barY, c == null ? 0 : c.number() * unit, c == null ? "#999999" : c.colour(),
						// Said in words too: a source within its class may still fail on a supplementary item.
						r.month().getMonthValue() + "月 " + label + (r.meets() ? "" : " 不达标"),
						site.getKey() + " " + r.month() + " " + label + "，目标" + r.target().label() + "，" + r.verdict()));
				barY += BAR + 2;
			}
			WaterClass target = site.getValue().get(site.getValue().size() - 1).target();
			int height = barY - y;
			sites.add(new SiteBars(site.getKey(), y, height, LABELS + target.number() * unit, "目标" + target.label(), bars));
			y += height + GAP;
		}
		String description = set.kind().title() + "：各" + set.kind().siteNoun() + " " + set.reportedMonths()
				+ " 的水质类别条形图，条越长水质越差，虚线为水质目标；" + set.months().size() + " 条月度数据中 " + set.meeting()
				+ " 条达到水质目标。逐项数值见下表。";
		return new WaterChart(WIDTH, y + AXIS, ticks, sites, description);
	}

	public int left() {
		return LABELS;
	}

	public int plotRight() {
		return WIDTH - RIGHT;
	}

	public int axisY() {
		return height - AXIS + 4;
	}

}
