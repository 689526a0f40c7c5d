package cn.gongkai.airquality;

import java.util.List;

/**
 * One station-day's index: the AQI, its level, the primary pollutants (none when the AQI is 50 or less; all that tie
 * at the maximum otherwise) and the pollutants above their level-two limit (sub-index over 100).
 */
public record DailyIndex(int aqi, AqiLevel level, List<Pollutant> primary, List<Pollutant> exceeding) {

	public DailyIndex {
		primary = List.copyOf(primary);
		exceeding = List.copyOf(exceeding);
	}

	/** 首要污染物 as the bulletin writes it: "PM2.5、PM10", or "—" on a day rated 优. */
	public String primaryLabel() {
		return primary.isEmpty() ? "—" : String.join("、", primary.stream().map(Pollutant::code).toList());
	}

}
