package cn.gongkai.airquality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The daily air-quality index as HJ 633-2012 computes it (docs/design.md §8): each pollutant's sub-index by linear
 * interpolation between the breakpoints around its concentration, rounded up to a whole number; the AQI is the
 * largest sub-index.
 */
public final class AirQualityIndex {

	/** The index the table ends at: a concentration above a pollutant's last breakpoint is reported as 500. */
	static final int CEILING = 500;

	private AirQualityIndex() {
	}

	/**
	 * One pollutant's sub-index (IAQI). The ozone's 8-hour value above 800 µg/m³ has none: the caller reports ozone by
	 * its 1-hour value instead.
	 */
	public static int subIndex(Pollutant pollutant, BigDecimal concentration) {
		if (concentration.signum() < 0) {
			throw new IllegalArgumentException(pollutant + " concentration " + concentration);
		}
		if (concentration.compareTo(pollutant.highestBreakpoint()) > 0) {
			if (pollutant == Pollutant.O3_8H) {
				throw new IllegalArgumentException("O3 8-hour above 800 has no sub-index; use the 1-hour value");
			}
			return CEILING;
		}
		int upper = 1;
		while (concentration.compareTo(BigDecimal.valueOf(pollutant.breakpoint(upper))) > 0) {
			upper++;
		}
		BigDecimal lowC = BigDecimal.valueOf(pollutant.breakpoint(upper - 1));
		BigDecimal highC = BigDecimal.valueOf(pollutant.breakpoint(upper));
		int lowI = Pollutant.INDEX[upper - 1];
		int highI = Pollutant.INDEX[upper];
		BigDecimal index = BigDecimal.valueOf(highI - lowI)
			.multiply(concentration.subtract(lowC))
			.divide(highC.subtract(lowC), 10, RoundingMode.HALF_UP)
			.add(BigDecimal.valueOf(lowI));
		return index.setScale(0, RoundingMode.CEILING).intValueExact();
	}

	/**
	 * The day's index from the concentrations given: PM2.5, PM10, SO2, NO2, CO and the ozone's 8-hour value, and its
	 * 1-hour value where measured (it counts like the others, and stands for ozone when the 8-hour value exceeds 800).
	 */
	public static DailyIndex daily(Map<Pollutant, BigDecimal> concentrations) {
		Map<Pollutant, Integer> sub = new EnumMap<>(Pollutant.class);
		concentrations.forEach((pollutant, value) -> {
			if (value == null) {
				return;
			}
			if (pollutant == Pollutant.O3_8H && value.compareTo(Pollutant.O3_8H.highestBreakpoint()) > 0) {
				if (concentrations.get(Pollutant.O3_1H) == null) {
					throw new IllegalArgumentException("O3 8-hour above 800 needs the 1-hour value");
				}
				return;
			}
			sub.put(pollutant, subIndex(pollutant, value));
		});
		int aqi = sub.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
		List<Pollutant> primary = new ArrayList<>();
		List<Pollutant> exceeding = new ArrayList<>();
		sub.forEach((pollutant, index) -> {
			if (aqi > 50 && index == aqi && !namedAlready(pollutant, primary)) {
				primary.add(pollutant);
			}
			if (index > 100 && !namedAlready(pollutant, exceeding)) {
				exceeding.add(pollutant);
			}
		});
		return new DailyIndex(aqi, AqiLevel.of(aqi), primary, exceeding);
	}

	/** Ozone is one pollutant: named by its 8-hour value, its 1-hour value does not name it a second time. */
	private static boolean namedAlready(Pollutant pollutant, List<Pollutant> named) {
		return pollutant == Pollutant.O3_1H && named.contains(Pollutant.O3_8H);
	}

}
