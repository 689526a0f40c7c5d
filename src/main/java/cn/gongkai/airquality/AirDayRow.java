package cn.gongkai.airquality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** One station-day as pages, downloads and the API show it: the station by name, the index with its level. */
public record AirDayRow(String station, String stationName, LocalDate date, BigDecimal pm25, BigDecimal pm10,
		BigDecimal so2, BigDecimal no2, BigDecimal co, BigDecimal o3_8h, BigDecimal o3_1h, int aqi, AqiLevel level,
		List<String> primaryPollutants) {

	static AirDayRow of(StationDay day, String stationName) {
		return new AirDayRow(day.stationId(), stationName, day.day(), day.concentration(Pollutant.PM25),
				day.concentration(Pollutant.PM10), day.concentration(Pollutant.SO2), day.concentration(Pollutant.NO2),
				day.concentration(Pollutant.CO), day.concentration(Pollutant.O3_8H), day.concentration(Pollutant.O3_1H),
				day.index().aqi(), day.index().level(), day.index().primary().stream().map(Pollutant::code).toList());
	}

	/** The concentrations in the table's order, PM2.5 to the ozone's 1-hour value ("—" where not measured). */
	public List<String> values() {
		return Stream.of(pm25, pm10, so2, no2, co, o3_8h, o3_1h)
			.map(v -> v == null ? "—" : plain(v))
			.toList();
	}

	public String primaryLabel() {
		return primaryPollutants.isEmpty() ? "—" : String.join("、", primaryPollutants);
	}

	/** A concentration as the unit wrote it: 30, not 30.000 or 3E+1. */
	public static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

}
