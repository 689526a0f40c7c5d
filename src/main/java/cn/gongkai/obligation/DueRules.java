package cn.gongkai.obligation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import cn.gongkai.calendar.Deadline;
import cn.gongkai.calendar.WorkingDayCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The deadline rules of docs/design.md §4. A due day ends at the end of that day in Asia/Shanghai; a period of working
 * days starts the day after its event.
 */
@Service
public class DueRules {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final WorkingDayCalendar calendar;
	private final ScheduleProperties.FixedDatePolicy policy;
	private final ZoneId zone;

	DueRules(WorkingDayCalendar calendar, ScheduleProperties properties, @Value("${gongkai.time-zone}") String zone) {
		this.calendar = calendar;
		this.policy = properties.fixedDatePolicy();
		this.zone = ZoneId.of(zone);
	}

	/** A day the notice names, kept or moved to the previous working day as the policy says. */
	public Due fixedDay(LocalDate day, String ruleText) {
		LocalDate due = day;
		boolean provisional = false;
		StringBuilder explanation = new StringBuilder(ruleText).append("：截止 ").append(day);
		if (policy == ScheduleProperties.FixedDatePolicy.PREVIOUS_WORKING_DAY) {
			while (!calendar.isWorkingDay(due)) {
				due = due.minusDays(1);
			}
			if (!due.equals(day)) {
				explanation.setLength(0);
				explanation.append(ruleText).append("：").append(day).append(" 不是工作日，提前至 ").append(due);
			}
			if (!calendar.hasYear(day.getYear())) {
				provisional = true;
				explanation.append("（").append(day.getYear()).append(" 年放假安排尚未公布，暂按周一至周五计算，临时）");
			}
		}
		return new Due(Due.Rule.FIXED_DATE, ruleText, day, null, endOf(due), provisional, explanation.toString());
	}

	/** {@code workingDays} working days after the event on {@code eventDay}, explained day by day. */
	public Due workingDaysAfter(LocalDate eventDay, int workingDays, String ruleText) {
		Deadline deadline = calendar.afterWorkingDays(eventDay, workingDays);
		return new Due(Due.Rule.WORKING_DAYS, ruleText, eventDay, workingDays, endOf(deadline.due()),
				deadline.provisional(), ruleText + "：" + deadline.explanation());
	}

	/** {@code hours} hours after {@code from}; the clock does not stop for holidays (an incident does not either). */
	public Due hoursAfter(OffsetDateTime from, int hours, String ruleText) {
		OffsetDateTime due = from.atZoneSameInstant(zone).plusHours(hours).toOffsetDateTime();
		return new Due(Due.Rule.HOURS, ruleText, from.atZoneSameInstant(zone).toLocalDate(), hours, due, false,
				ruleText + "：自 " + from.atZoneSameInstant(zone).format(MINUTE) + " 起 " + hours + " 小时，截止 "
						+ due.format(MINUTE));
	}

	/** The same rule applied again, for when the calendar has changed. */
	Due recompute(Due due) {
		return switch (due.rule()) {
			case FIXED_DATE -> fixedDay(due.baseDay(), due.ruleText());
			case WORKING_DAYS -> workingDaysAfter(due.baseDay(), due.amount(), due.ruleText());
			case HOURS -> due;
		};
	}

	LocalDate today(OffsetDateTime now) {
		return now.atZoneSameInstant(zone).toLocalDate();
	}

	private OffsetDateTime endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(zone).minusSeconds(1).toOffsetDateTime();
	}

}
