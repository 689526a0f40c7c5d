package cn.gongkai.airquality;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** One upload of a record's air-quality table: never changed; a new upload is a new data set. */
public record AirDataSet(long id, long recordId, String fileName, LocalDate first, LocalDate last, String uploadedBy,
		OffsetDateTime uploadedAt, List<StationDay> days) {

	public AirDataSet {
		days = List.copyOf(days);
	}

	/** The day with the highest index, the first station in the table's order where several share it. */
	public Optional<StationDay> worst() {
		return days.stream().max(Comparator.comparingInt(d -> d.index().aqi()));
	}

	public long daysAt(AqiLevel level) {
		return days.stream().filter(d -> d.index().level() == level).count();
	}

	/** The share of station-days rated 优 or 良, in percent, one decimal. */
	public double goodShare() {
		long good = days.stream().filter(d -> d.index().aqi() <= 100).count();
		return days.isEmpty() ? 0 : Math.round(good * 1000.0 / days.size()) / 10.0;
	}

}
