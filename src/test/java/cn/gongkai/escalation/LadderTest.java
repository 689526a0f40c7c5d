package cn.gongkai.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

import cn.gongkai.calendar.OfficialCalendar;
import cn.gongkai.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** The escalation ladder of docs/design.md §5 on the 2026 working-day calendar, without the engine. */
class LadderTest {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
	static final WorkingDayCalendar CALENDAR = OfficialCalendar.onH2();

	/** The ladder application.yml configures. */
	static final EscalationProperties STEPS = new EscalationProperties(List.of(
			new EscalationProperties.Step("REMINDER", "到期提醒", -1, null, false, false, List.of("CURRENT_ASSIGNEES")),
			new EscalationProperties.Step("ESCALATION", "逾期督办", 0, null, true, false,
					List.of("UNIT:drafter", "UNIT:unit-head", "UNIT:leader", "ROLE:supervisor")),
			new EscalationProperties.Step("SECOND_ESCALATION", "逾期再次督办", 3, null, false, false,
					List.of("ROLE:chief", "ROLE:supervisor")),
			new EscalationProperties.Step("DAILY", "每日催办", 4, null, false, true, List.of("UNIT:drafter", "UNIT:unit-head"))),
			List.of(new EscalationProperties.Step("URGENT_REMINDER", "紧急审核提醒", 0, -5, false, false,
					List.of("CURRENT_ASSIGNEES")),
					new EscalationProperties.Step("URGENT_ESCALATION", "紧急审核超时督办", 0, 0, true, false,
							List.of("CURRENT_ASSIGNEES", "UNIT:unit-head", "UNIT:leader", "ROLE:supervisor"))));

	static Ladder at(String now) {
		return new Ladder(STEPS, CALENDAR, Clock.fixed(OffsetDateTime.parse(now).toInstant(), SHANGHAI));
	}

	static Subject dueAt(String due, String opened) {
		return new Subject("OBLIGATION", "1", true, OffsetDateTime.parse(due), OffsetDateTime.parse(opened), "jiance",
				"env-quality", "测试义务", "测试期限", false);
	}

	@Test
	void theReminderComesOneWorkingDayBeforeAndTheEscalationAtTheDueTime() {
		Subject subject = dueAt("2026-12-15T23:59:59+08:00", "2026-12-01T09:00:00+08:00");
		Ladder ladder = at("2026-12-01T09:00:00+08:00");
		var reminder = ladder.next(subject, null, null).orElseThrow();
		assertThat(reminder.key()).isEqualTo("REMINDER");
		assertThat(reminder.at()).isEqualTo(OffsetDateTime.parse("2026-12-14T23:59:59+08:00"));
		var escalation = ladder.next(subject, reminder.index(), reminder.repeat()).orElseThrow();
		assertThat(escalation.key()).isEqualTo("ESCALATION");
		assertThat(escalation.at()).isEqualTo(subject.dueAt());
	}

	@Test
	void aReminderBeforeTheWorkOpenedIsLeftOut() {
		Subject lateOpened = dueAt("2026-12-15T23:59:59+08:00", "2026-12-15T08:00:00+08:00");
		assertThat(at("2026-12-15T08:00:00+08:00").next(lateOpened, null, null).orElseThrow().key())
			.isEqualTo("ESCALATION");
	}

	@Test
	void workingDaysSkipNationalDayAndCountItsMakeUpSaturday() {
		Subject subject = dueAt("2026-09-30T23:59:59+08:00", "2026-09-16T09:00:00+08:00");
		Ladder ladder = at("2026-09-30T23:59:59+08:00");
		var second = ladder.next(subject, 1, 0).orElseThrow();
		assertThat(second.key()).isEqualTo("SECOND_ESCALATION");
		// 1-7 October are the holiday; Thursday 8, Friday 9 and the make-up Saturday 10 are the three working days.
		assertThat(second.at()).isEqualTo(OffsetDateTime.parse("2026-10-10T23:59:59+08:00"));
	}

	@Test
	void afterAnOutageOneDailyReminderGoesForTheDaysMissed() {
		Subject subject = dueAt("2026-12-01T23:59:59+08:00", "2026-11-16T09:00:00+08:00");
		// Ten working days after the due time, the watch wakes up after the second escalation.
		Ladder ladder = at("2026-12-15T23:59:59+08:00");
		var daily = ladder.next(subject, 2, 0).orElseThrow();
		assertThat(daily.key()).isEqualTo("DAILY-7");
		assertThat(daily.at()).isEqualTo(OffsetDateTime.parse("2026-12-15T23:59:59+08:00"));
		assertThat(ladder.overtaken(subject, daily.index(), daily.repeat() - 1)).isTrue();
		assertThat(ladder.overtaken(subject, daily.index(), daily.repeat())).isFalse();
		var tomorrow = ladder.next(subject, daily.index(), daily.repeat()).orElseThrow();
		assertThat(tomorrow.key()).isEqualTo("DAILY-8");
		assertThat(ladder.notYet(subject, tomorrow.index(), tomorrow.repeat())).isTrue();
	}

	@Test
	void anIncidentReviewIsRemindedFiveMinutesBeforeItsOwnDueTimeAndEscalatedAtIt() {
		Subject review = new Subject("TASK", "t", true, OffsetDateTime.parse("2026-11-28T10:30:00+08:00"),
				OffsetDateTime.parse("2026-11-28T10:20:00+08:00"), "yingji", "incident", "处室负责人审核：首次通报", "审核期限",
				true);
		Ladder ladder = at("2026-11-28T10:20:00+08:00");
		var reminder = ladder.next(review, null, null).orElseThrow();
		assertThat(reminder.key()).isEqualTo("URGENT_REMINDER");
		assertThat(reminder.at()).isEqualTo(OffsetDateTime.parse("2026-11-28T10:25:00+08:00"));
		var escalation = ladder.next(review, reminder.index(), reminder.repeat()).orElseThrow();
		assertThat(escalation.key()).isEqualTo("URGENT_ESCALATION");
		assertThat(escalation.at()).isEqualTo(review.dueAt());
		assertThat(ladder.step(review, escalation.index()).breach()).isTrue();
		assertThat(ladder.next(review, escalation.index(), escalation.repeat())).isEmpty();
		// A level given less than five minutes gets no reminder before it opened, only the escalation.
		Subject late = new Subject("TASK", "t2", true, OffsetDateTime.parse("2026-11-28T10:58:00+08:00"),
				OffsetDateTime.parse("2026-11-28T10:55:00+08:00"), "yingji", "incident", "保密审查：首次通报", "审核期限",
				true);
		assertThat(at("2026-11-28T10:55:00+08:00").next(late, null, null).orElseThrow().key()).isEqualTo("URGENT_ESCALATION");
	}

	@Test
	void aLadderOutOfOrderOrWithAnUnknownRecipientIsRefusedAtStartUp() {
		assertThatThrownBy(() -> new EscalationProperties(List.of(
				new EscalationProperties.Step("LATE", "逾期", 2, null, false, false, List.of("ROLE:chief")),
				new EscalationProperties.Step("EARLY", "提醒", -1, null, false, false, List.of("ROLE:chief"))), null))
			.hasMessageContaining("steps must be in order");
		assertThatThrownBy(() -> new EscalationProperties(List.of(
				new EscalationProperties.Step("STEP", "提醒", 0, null, false, false, List.of("EVERYONE"))), null))
			.hasMessageContaining("unknown recipient 'EVERYONE'");
	}

}
