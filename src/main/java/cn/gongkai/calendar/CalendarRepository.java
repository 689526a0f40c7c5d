package cn.gongkai.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CalendarRepository {

	record Day(String kind, String holiday) {

		static final String HOLIDAY = "HOLIDAY";
		static final String WORKDAY = "WORKDAY";

	}

	private final JdbcClient jdbc;
	private final Clock clock;

	CalendarRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A cheap fingerprint of the table, so every node notices an administrator's change without a restart. */
	String version() {
		return jdbc.sql("SELECT COUNT(*) AS year_count, MAX(loaded_at) AS latest FROM gk_calendar_year")
			.query((rs, row) -> rs.getLong("year_count") + "/" + rs.getObject("latest", OffsetDateTime.class))
			.single();
	}

	java.util.Set<Integer> years() {
		return new java.util.HashSet<>(jdbc.sql("SELECT cal_year FROM gk_calendar_year").query(Integer.class).list());
	}

	Map<LocalDate, Day> days() {
		Map<LocalDate, Day> days = new HashMap<>();
		jdbc.sql("SELECT cal_day, kind, holiday FROM gk_calendar_day")
			.query((rs, row) -> days.put(rs.getObject("cal_day", LocalDate.class),
					new Day(rs.getString("kind"), rs.getString("holiday"))))
			.list();
		return days;
	}

	void replaceYear(YearArrangement arrangement, String loadedBy) {
		jdbc.sql("DELETE FROM gk_calendar_day WHERE cal_year = :year").param("year", arrangement.year()).update();
		jdbc.sql("DELETE FROM gk_calendar_year WHERE cal_year = :year").param("year", arrangement.year()).update();
		jdbc.sql("INSERT INTO gk_calendar_year (cal_year, source, loaded_at, loaded_by) VALUES (:year, :source, :now, :by)")
			.param("year", arrangement.year())
			.param("source", arrangement.source())
			.param("now", OffsetDateTime.now(clock))
			.param("by", loadedBy)
			.update();
		for (YearArrangement.Holiday h : arrangement.holidays()) {
			for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
				insertDay(arrangement.year(), d, Day.HOLIDAY, h.name());
			}
			for (LocalDate w : h.workdaysOrEmpty()) {
				insertDay(arrangement.year(), w, Day.WORKDAY, h.name());
			}
		}
	}

	private void insertDay(int year, LocalDate day, String kind, String holiday) {
		jdbc.sql("INSERT INTO gk_calendar_day (cal_day, cal_year, kind, holiday) VALUES (:day, :year, :kind, :holiday)")
			.param("day", day)
			.param("year", year)
			.param("kind", kind)
			.param("holiday", holiday)
			.update();
	}

}
