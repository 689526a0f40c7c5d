package cn.gongkai.airquality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AirChartTest {

	@Test
	void oneLinePerStationAcrossTheDaysTheTableHasOverTheLevelsItReaches() {
		AirDataSet set = new AirDataSet(1, 1, "数据.csv", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 15), "u",
				OffsetDateTime.now(),
				List.of(day("a", 3, 120, 180), day("b", 3, 20, 45), day("a", 4, 60, 110), day("b", 4, 30, 60)));
		AirChart chart = AirChart.of(set, Map.of("a", "银行学校", "b", "市监测站"));
		assertThat(chart.series()).extracting(AirChart.Series::name).containsExactly("银行学校", "市监测站");
		assertThat(chart.series().get(0).marks()).hasSize(2);
		// The first day at the plot's left edge, the last at its right: not the half-month's 1st and 15th.
		assertThat(chart.series().get(0).marks().get(0).x()).isEqualTo(chart.left());
		assertThat(chart.series().get(0).marks().get(1).x()).isEqualTo(chart.plotRight());
		assertThat(chart.xTicks()).extracting(AirChart.Tick::label).containsExactly("12月3日", "12月4日");
		// The top is the next multiple of 50 above the worst day (158): bands up to 中度污染, no higher.
		assertThat(chart.yTicks()).last().extracting(AirChart.Tick::label).isEqualTo("200");
		assertThat(chart.bands()).extracting(AirChart.Band::label).containsExactly("优", "良", "轻度污染", "中度污染");
		assertThat(chart.series().get(0).marks().get(0).label()).isEqualTo("银行学校 2026-12-03 AQI 158 中度污染");
		assertThat(chart.description()).contains("最高 AQI 158，银行学校，2026-12-03");
	}

	private static StationDay day(String station, int day, int pm25, int pm10) {
		Map<Pollutant, BigDecimal> values = AirQualityIndexTest.day(pm25, pm10, 10, 50, "1.0", 60, null);
		return new StationDay(station, LocalDate.of(2026, 12, day), values, AirQualityIndex.daily(values));
	}

}
