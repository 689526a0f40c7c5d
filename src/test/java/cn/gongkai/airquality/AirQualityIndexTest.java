package cn.gongkai.airquality;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** HJ 633-2012's daily index, worked by hand from table 1 and formula (1), rounded up. */
class AirQualityIndexTest {

	@ParameterizedTest
	@CsvSource({
			// at the breakpoints: exactly the table's index
			"PM25, 0, 0", "PM25, 35, 50", "PM25, 75, 100", "PM25, 500, 500", "CO, 4, 100", "O3_8H, 800, 300",
			// between them: (100-50)/(75-35)*(36-35)+50 = 51.25 → 52 (rounded up, never down)
			"PM25, 36, 52", "PM10, 151, 101", "SO2, 151, 101",
			// (150-100)/(14-4)*(4.1-4)+100 = 100.5 → 101
			"CO, 4.1, 101", "NO2, 81, 101", "O3_8H, 161, 101", "O3_1H, 201, 101",
			// above the last breakpoint the table ends: reported as 500
			"PM25, 612, 500", "SO2, 3000, 500" })
	void subIndexInterpolatesBetweenBreakpointsAndRoundsUp(Pollutant pollutant, String concentration, int expected) {
		assertThat(AirQualityIndex.subIndex(pollutant, new BigDecimal(concentration))).isEqualTo(expected);
	}

	@Test
	void aClearDayHasNoPrimaryPollutant() {
		DailyIndex day = AirQualityIndex.daily(day(20, 45, 8, 30, "0.6", 90, null));
		assertThat(day.aqi()).isEqualTo(45);
		assertThat(day.level()).isEqualTo(AqiLevel.EXCELLENT);
		assertThat(day.primary()).isEmpty();
		assertThat(day.primaryLabel()).isEqualTo("—");
	}

	@Test
	void theLargestSubIndexIsTheAqiAndNamesThePrimaryPollutant() {
		// PM2.5 120 → (200-150)/(150-115)*5+150 = 157.1 → 158; PM10 180 → 100+50*30/100 = 115
		DailyIndex day = AirQualityIndex.daily(day(120, 180, 10, 50, "1.0", 60, null));
		assertThat(day.aqi()).isEqualTo(158);
		assertThat(day.level()).isEqualTo(AqiLevel.MODERATE);
		assertThat(day.level().category()).isEqualTo("中度污染");
		assertThat(day.primary()).containsExactly(Pollutant.PM25);
		assertThat(day.exceeding()).containsExactly(Pollutant.PM25, Pollutant.PM10);
	}

	@Test
	void pollutantsThatTieAreAllPrimary() {
		// PM2.5 75 and PM10 150 are both at index 100
		DailyIndex day = AirQualityIndex.daily(day(75, 150, 10, 20, "0.5", 50, null));
		assertThat(day.aqi()).isEqualTo(100);
		assertThat(day.primary()).containsExactly(Pollutant.PM25, Pollutant.PM10);
		assertThat(day.primaryLabel()).isEqualTo("PM2.5、PM10");
		assertThat(day.exceeding()).isEmpty();
	}

	@Test
	void ozoneAbove800ForEightHoursIsReportedByItsOneHourValue() {
		// 8-hour 850 has no index; 1-hour 1100 → (500-400)/(1200-1000)*100+400 = 450
		DailyIndex day = AirQualityIndex.daily(day(20, 40, 8, 20, "0.5", 850, 1100));
		assertThat(day.aqi()).isEqualTo(450);
		assertThat(day.primary()).containsExactly(Pollutant.O3_1H);
		assertThat(day.level()).isEqualTo(AqiLevel.SEVERE);
		assertThatThrownBy(() -> AirQualityIndex.daily(day(20, 40, 8, 20, "0.5", 850, null)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void ozoneIsNamedOnceWhenItsTwoValuesTie() {
		// 8-hour 160 → 100 and 1-hour 200 → 100
		DailyIndex day = AirQualityIndex.daily(day(20, 40, 8, 20, "0.5", 160, 200));
		assertThat(day.aqi()).isEqualTo(100);
		assertThat(day.primary()).containsExactly(Pollutant.O3_8H);
	}

	@Test
	void levelsFollowTable2() {
		assertThat(List.of(50, 51, 100, 101, 150, 151, 200, 201, 300, 301, 500).stream().map(AqiLevel::of).toList())
			.containsExactly(AqiLevel.EXCELLENT, AqiLevel.GOOD, AqiLevel.GOOD, AqiLevel.LIGHT, AqiLevel.LIGHT,
					AqiLevel.MODERATE, AqiLevel.MODERATE, AqiLevel.HEAVY, AqiLevel.HEAVY, AqiLevel.SEVERE,
					AqiLevel.SEVERE);
		assertThat(AqiLevel.HEAVY.colour()).isEqualTo("#99004c");
	}

	/** The table's cells take each level's colour from site.css: the same colours as the chart's bands. */
	@Test
	void theStyleSheetColoursEachLevelAsAppendixA() throws java.io.IOException {
		String css = java.nio.file.Files.readString(java.nio.file.Path.of("src/main/resources/static/css/site.css"));
		for (AqiLevel level : AqiLevel.values()) {
			assertThat(css).contains("." + level.cssClass() + " { background: " + level.colour() + ";");
		}
	}

	static Map<Pollutant, BigDecimal> day(int pm25, int pm10, int so2, int no2, String co, int o38, Integer o31) {
		Map<Pollutant, BigDecimal> values = new EnumMap<>(Pollutant.class);
		values.put(Pollutant.PM25, BigDecimal.valueOf(pm25));
		values.put(Pollutant.PM10, BigDecimal.valueOf(pm10));
		values.put(Pollutant.SO2, BigDecimal.valueOf(so2));
		values.put(Pollutant.NO2, BigDecimal.valueOf(no2));
		values.put(Pollutant.CO, new BigDecimal(co));
		values.put(Pollutant.O3_8H, BigDecimal.valueOf(o38));
		if (o31 != null) {
			values.put(Pollutant.O3_1H, BigDecimal.valueOf(o31));
		}
		return values;
	}

}
