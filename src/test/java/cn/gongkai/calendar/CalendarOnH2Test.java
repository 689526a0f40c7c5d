package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.gongkai.support.H2Database;
import org.junit.jupiter.api.Test;

class CalendarOnH2Test {

	@Test
	void theCalendarsSqlRunsOnTheEmbeddedDefaultDatabase() {
		var calendar = new WorkingDayCalendar(new CalendarRepository(H2Database.migrated(), Clock.systemUTC()), event -> {
		});
		calendar.load(new YearArrangement(2026, "测试", List.of(new YearArrangement.Holiday("劳动节",
				LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5), List.of(LocalDate.of(2026, 5, 9))))), "test");
		assertThat(calendar.hasYear(2026)).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 9))).isTrue();
		assertThat(calendar.afterWorkingDays(LocalDate.of(2026, 4, 30), 20).due()).isEqualTo(LocalDate.of(2026, 6, 1));
	}

}
