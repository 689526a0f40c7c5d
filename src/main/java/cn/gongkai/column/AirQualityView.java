package cn.gongkai.column;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gongkai.airquality.AirDataSet;
import cn.gongkai.airquality.AirDayRow;
import cn.gongkai.site.PublicUrl;

/** A published version's air-quality table as the JSON API and the JSON download carry it. */
record AirQualityView(LocalDate periodFirst, LocalDate periodLast, String standard, String csvUrl, String jsonUrl,
		List<Day> days) {

	record Day(String station, String stationName, LocalDate date, BigDecimal pm25, BigDecimal pm10, BigDecimal so2,
			BigDecimal no2, BigDecimal co, BigDecimal o3_8h, BigDecimal o3_1h, int aqi, String level, String category,
			List<String> primaryPollutants) {
	}

	static AirQualityView of(long versionId, AirDataSet set, List<AirDayRow> rows, PublicUrl publicUrl) {
		String base = "/column/records/" + versionId + "/air";
		return new AirQualityView(set.first(), set.last(), "HJ 633-2012", publicUrl.of(base + ".csv"),
				publicUrl.of(base + ".json"),
				rows.stream()
					.map(r -> new Day(r.station(), r.stationName(), r.date(), plain(r.pm25()), plain(r.pm10()),
							plain(r.so2()), plain(r.no2()), plain(r.co()), plain(r.o3_8h()), plain(r.o3_1h()), r.aqi(),
							r.level().grade(), r.level().category(), r.primaryPollutants()))
					.toList());
	}

	/** 30, not 30.000: a stored NUMERIC(8,3) carries its scale into JSON otherwise. */
	private static BigDecimal plain(BigDecimal value) {
		return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

}
