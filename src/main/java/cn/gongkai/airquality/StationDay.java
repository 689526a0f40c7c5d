package cn.gongkai.airquality;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** One station's daily concentrations as the unit reported them, with the index the system computed from them. */
public record StationDay(String stationId, LocalDate day, Map<Pollutant, BigDecimal> concentrations, DailyIndex index) {

	public StationDay {
		concentrations = Map.copyOf(concentrations);
	}

	public BigDecimal concentration(Pollutant pollutant) {
		return concentrations.get(pollutant);
	}

}
