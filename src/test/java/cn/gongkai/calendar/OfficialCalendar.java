package cn.gongkai.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

import cn.gongkai.support.H2Database;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The working-day calendar with the arrangements that ship (2025, 2026), on a fresh H2 database and without the
 * application: for the fast tests of the calendar and the rules built on it.
 */
public final class OfficialCalendar {

	private OfficialCalendar() {
	}

	public static WorkingDayCalendar onH2() {
		var calendar = new WorkingDayCalendar(new CalendarRepository(H2Database.migrated(), Clock.systemUTC()), event -> {
		});
		ObjectMapper json = new ObjectMapper().findAndRegisterModules();
		for (int year : new int[] { 2025, 2026 }) {
			try (InputStream in = OfficialCalendar.class.getResourceAsStream("/calendar/cn-" + year + ".json")) {
				calendar.load(json.readValue(in, YearArrangement.class), "test");
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return calendar;
	}

}
