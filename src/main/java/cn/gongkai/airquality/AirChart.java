package cn.gongkai.airquality;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The period's daily AQI per station as a line chart, drawn on the server as SVG so that it needs no script; the
 * level bands behind the lines carry the standard's colours, and the table beside the chart says it all in words.
 */
public record AirChart(int width, int height, List<Band> bands, List<Tick> yTicks, List<Tick> xTicks,
		List<Series> series, String description) {

	static final int WIDTH = 720;
	static final int HEIGHT = 320;
	static final int LEFT = 44;
	static final int RIGHT = 28;
	static final int TOP = 12;
	static final int BOTTOM = 28;

	/** Line colours told apart by people with the common colour-vision deficiencies (Okabe–Ito), then dashed. */
	static final String[] COLOURS = { "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000",
			"#f0e442" };

	public record Band(int y, int height, String colour, String label) {
	}

	public record Tick(int at, String label) {
	}

	public record Point(int x, int y, String label) {
	}

	public record Series(String name, String colour, String dash, String points, List<Point> marks) {
	}

	public static AirChart of(AirDataSet set, Map<String, String> stationNames) {
		int top = Math.max(100, (int) Math.ceil(set.days().stream().mapToInt(d -> d.index().aqi()).max().orElse(0) / 50.0) * 50);
		int plotHeight = HEIGHT - TOP - BOTTOM;
		int plotWidth = WIDTH - LEFT - RIGHT;
		// The days the table has, not the whole period: a half-month entered up to today is not squeezed to one side.
		LocalDate first = set.days().stream().map(StationDay::day).min(LocalDate::compareTo).orElse(set.first());
		LocalDate last = set.days().stream().map(StationDay::day).max(LocalDate::compareTo).orElse(set.last());
		long span = Math.max(1, ChronoUnit.DAYS.between(first, last));
		List<Band> bands = new ArrayList<>();
		int lower = 0;
		for (AqiLevel level : AqiLevel.values()) {
			int upper = Math.min(top, level.upTo());
			if (upper > lower) {
				bands.add(new Band(y(upper, top, plotHeight), y(lower, top, plotHeight) - y(upper, top, plotHeight),
						level.colour(), level.category()));
			}
			lower = upper;
		}
		List<Tick> yTicks = new ArrayList<>();
		for (int v = 0; v <= top; v += top > 300 ? 100 : 50) {
			yTicks.add(new Tick(y(v, top, plotHeight), Integer.toString(v)));
		}
		List<Tick> xTicks = new ArrayList<>();
		for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(span > 16 ? 2 : 1)) {
			xTicks.add(new Tick(x(d, first, span, plotWidth), d.getMonthValue() + "月" + d.getDayOfMonth() + "日"));
		}
		Map<String, List<StationDay>> byStation = new LinkedHashMap<>();
		set.days().forEach(d -> byStation.computeIfAbsent(d.stationId(), k -> new ArrayList<>()).add(d));
		List<Series> series = new ArrayList<>();
		int i = 0;
		for (Map.Entry<String, List<StationDay>> station : byStation.entrySet()) {
			String name = stationNames.getOrDefault(station.getKey(), station.getKey());
			List<Point> marks = station.getValue()
				.stream()
				.sorted((a, b) -> a.day().compareTo(b.day()))
				.map(d -> new Point(x(d.day(), first, span, plotWidth), y(d.index().aqi(), top, plotHeight),
						name + " " + d.day() + " AQI " + d.index().aqi() + " " + d.index().level().category()))
				.toList();
			String points = marks.stream()
				.map(p -> String.format(Locale.ROOT, "%d,%d", p.x(), p.y()))
				.collect(Collectors.joining(" "));
			series.add(new Series(name, COLOURS[i % COLOURS.length], i < COLOURS.length ? "none" : "6 3", points, marks));
			i++;
		}
		String description = "各点位 " + set.first() + " 至 " + set.last() + " 每日空气质量指数（AQI）折线图，纵轴为 AQI，横轴为日期；"
				+ "背景色带为空气质量级别。" + set.worst()
					.map(d -> "最高 AQI " + d.index().aqi() + "，" + stationNames.getOrDefault(d.stationId(), d.stationId())
							+ "，" + d.day() + "。")
					.orElse("") + "逐日数值见下表。";
		return new AirChart(WIDTH, HEIGHT, bands, yTicks, xTicks, series, description);
	}

	public int left() {
		return LEFT;
	}

	public int plotRight() {
		return WIDTH - RIGHT;
	}

	public int plotBottom() {
		return HEIGHT - BOTTOM;
	}

	private static int y(int aqi, int top, int plotHeight) {
		return TOP + plotHeight - Math.round((float) aqi * plotHeight / top);
	}

	private static int x(LocalDate day, LocalDate first, long span, int plotWidth) {
		return LEFT + Math.round((float) ChronoUnit.DAYS.between(first, day) * plotWidth / span);
	}

}
