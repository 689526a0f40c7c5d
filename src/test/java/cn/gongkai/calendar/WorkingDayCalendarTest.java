package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Against the State Council's published arrangements for 2025 and 2026. */
class WorkingDayCalendarTest {

	final WorkingDayCalendar calendar = OfficialCalendar.onH2();

	@Test
	void makeUpSaturdaysOfTheSpringFestivalAreWorkingDays() {
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 7))).as("an ordinary Saturday").isFalse();
	}

	@Test
	void theSpringFestivalAndNationalDayHolidaysAreNot() {
		for (LocalDate d = LocalDate.of(2026, 2, 15); !d.isAfter(LocalDate.of(2026, 2, 23)); d = d.plusDays(1)) {
			assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
		}
		for (LocalDate d = LocalDate.of(2026, 10, 1); !d.isAfter(LocalDate.of(2026, 10, 7)); d = d.plusDays(1)) {
			assertThat(calendar.isWorkingDay(d)).as(d.toString()).isFalse();
		}
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("make-up Saturday").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).as("2025 make-up Sunday").isTrue();
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 10, 8))).isFalse();
	}

	@Test
	void explainsAPeriodAcrossLabourDay() {
		Deadline deadline = calendar.afterWorkingDays(LocalDate.of(2026, 4, 30), 20);
		assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 6, 1));
		assertThat(deadline.provisional()).isFalse();
		assertThat(deadline.explanation())
			.isEqualTo("自 2026-04-30 起 20 个工作日，截止 2026-06-01：跳过 2026-05-01..05（劳动节），计入 2026-05-09（调休）");
	}

	@Test
	void theEventDayItselfDoesNotCount() {
		assertThat(calendar.afterWorkingDays(LocalDate.of(2026, 11, 27), 1).due()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(calendar.afterWorkingDays(LocalDate.of(2026, 11, 30), 1).due()).isEqualTo(LocalDate.of(2026, 12, 1));
	}

	@Test
	void aPeriodIntoAYearWithoutDataIsProvisionalUntilThatYearArrives() {
		assertThat(calendar.hasYear(2027)).as("no 2027 arrangement ships yet; this test loads its own").isFalse();
		Deadline before = calendar.afterWorkingDays(LocalDate.of(2026, 12, 25), 10);
		assertThat(before.provisional()).isTrue();
		assertThat(before.explanation()).contains("2027 年放假安排尚未公布");
		assertThat(before.due()).as("weekdays only").isEqualTo(LocalDate.of(2027, 1, 8));
		// A test arrangement, not the official 2027 one: a three-day New Year holiday.
		calendar.load(new YearArrangement(2027, "测试用安排",
				List.of(new YearArrangement.Holiday("元旦", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 3), List.of()))),
				"test");
		Deadline after = calendar.afterWorkingDays(LocalDate.of(2026, 12, 25), 10);
		assertThat(after.provisional()).isFalse();
		assertThat(after.due()).isEqualTo(LocalDate.of(2027, 1, 11));
		assertThat(after.explanation()).contains("跳过 2027-01-01..03（元旦）");
	}

	@Test
	void aFaultyArrangementIsRefusedNamingTheEntry() {
		var faulty = new YearArrangement(2030, "测试",
				List.of(new YearArrangement.Holiday("春节", LocalDate.of(2030, 2, 5), LocalDate.of(2030, 2, 1), List.of()),
						new YearArrangement.Holiday("国庆节", LocalDate.of(2030, 10, 1), LocalDate.of(2030, 10, 7),
								List.of(LocalDate.of(2030, 10, 9)))));
		assertThatThrownBy(() -> calendar.load(faulty, "test")).hasMessageContaining("第 1 项（春节）：结束日期早于开始日期")
			.hasMessageContaining("第 2 项（国庆节）：调休上班日 2030-10-09 不是周末");
		assertThat(calendar.hasYear(2030)).isFalse();
	}

}
