package cn.gongkai.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import cn.gongkai.calendar.OfficialCalendar;
import cn.gongkai.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** The fixed-date policy, on the State Council's 2026 arrangement (a fast test: no application). */
class DueRulesTest {

	final WorkingDayCalendar calendar = OfficialCalendar.onH2();

	final DueRules configured = rules(ScheduleProperties.FixedDatePolicy.STAYS);

	@Test
	void byDefaultANamedDayStaysEvenWhenItIsAHoliday() {
		Due due = configured.fixedDay(LocalDate.of(2026, 2, 15), "每月15日前更新");
		assertThat(due.dueAt()).isEqualTo(OffsetDateTime.parse("2026-02-15T23:59:59+08:00"));
		assertThat(due.provisional()).isFalse();
		assertThat(due.explanation()).isEqualTo("每月15日前更新：截止 2026-02-15");
	}

	@Test
	void movedToThePreviousWorkingDayWhenConfigured() {
		DueRules moving = rules(ScheduleProperties.FixedDatePolicy.PREVIOUS_WORKING_DAY);
		// Sunday 15 February is in the Spring Festival; Saturday the 14th is a make-up working day.
		Due spring = moving.fixedDay(LocalDate.of(2026, 2, 15), "每月15日前更新");
		assertThat(spring.dueAt()).isEqualTo(OffsetDateTime.parse("2026-02-14T23:59:59+08:00"));
		assertThat(spring.explanation()).isEqualTo("每月15日前更新：2026-02-15 不是工作日，提前至 2026-02-14");
		// Thursday 1 October is National Day; the last working day before it is Wednesday 30 September.
		assertThat(moving.fixedDay(LocalDate.of(2026, 10, 1), "测试").dueAt())
			.isEqualTo(OffsetDateTime.parse("2026-09-30T23:59:59+08:00"));
		// A working day stays.
		assertThat(moving.fixedDay(LocalDate.of(2026, 10, 15), "测试").dueAt())
			.isEqualTo(OffsetDateTime.parse("2026-10-15T23:59:59+08:00"));
		// Saturday 15 June 2030: no arrangement for 2030 yet, so Friday the 14th, provisionally.
		Due unknown = moving.fixedDay(LocalDate.of(2030, 6, 15), "每月15日前更新");
		assertThat(unknown.dueAt()).isEqualTo(OffsetDateTime.parse("2030-06-14T23:59:59+08:00"));
		assertThat(unknown.provisional()).isTrue();
		assertThat(unknown.explanation()).contains("2030 年放假安排尚未公布");
	}

	private DueRules rules(ScheduleProperties.FixedDatePolicy policy) {
		var properties = new ScheduleProperties(LocalDate.of(2026, 9, 15), "01-01", "03-31", policy,
				Map.of(LaunchMilestone.DIVISION_OF_WORK, "09-01", LaunchMilestone.COLUMN_LAYOUT, "09-07",
						LaunchMilestone.DATA_COMPLETE, "09-11", LaunchMilestone.CITY_SITE, "09-14"));
		return new DueRules(calendar, properties, "Asia/Shanghai");
	}

}
