package cn.gongkai.airquality;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A data set in a few lines, for a reviewer who approves it and a page that lists it. */
public final class AirDataSummary {

	private AirDataSummary() {
	}

	public static String of(AirDataSet set) {
		long stations = set.days().stream().map(StationDay::stationId).distinct().count();
		long days = set.days().stream().map(StationDay::day).distinct().count();
		String levels = Arrays.stream(AqiLevel.values())
			.filter(level -> set.daysAt(level) > 0)
			.map(level -> level.category() + " " + set.daysAt(level))
			.collect(Collectors.joining("，"));
		String worst = set.worst()
			.map(d -> "最高 AQI " + d.index().aqi() + "（" + d.index().level().category() + "，" + d.day() + "，首要污染物 "
					+ d.index().primaryLabel() + "）")
			.orElse("");
		// The days the table reports, not the period it could have reported (a hand-filed record's is 31 days).
		LocalDate first = set.days().stream().map(StationDay::day).min(LocalDate::compareTo).orElse(set.first());
		LocalDate last = set.days().stream().map(StationDay::day).max(LocalDate::compareTo).orElse(set.last());
		return (first.equals(last) ? first.toString() : first + " 至 " + last) + "：" + stations + " 个点位、" + days + " 天，共 " + set.days().size()
				+ " 个点位日；" + levels + "；优良比例 " + set.goodShare() + "%；" + worst + "。";
	}

}
