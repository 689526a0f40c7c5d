package cn.gongkai.obligation;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The notice's dates, as {@code gongkai.schedule.*} in application.yml. Days of the year are written {@code MM-dd}.
 *
 * @param start the first day of the scheduled cycle (郑环办〔2015〕146号: 9月15日以后); nothing scheduled opens before it
 * @param yearlyOpens when the yearly types open their obligation for the past year
 * @param yearlyDue when that obligation is due
 * @param fixedDatePolicy what happens to a named due day that is not a working day
 * @param launchPlan due day of each launch-plan milestone
 */
@ConfigurationProperties("gongkai.schedule")
public record ScheduleProperties(LocalDate start, String yearlyOpens, String yearlyDue, FixedDatePolicy fixedDatePolicy,
		Map<LaunchMilestone, String> launchPlan) {

	private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

	public enum FixedDatePolicy {
		/** The named day stays the due day. */
		STAYS,
		/** The due day moves back to the last working day on or before it. */
		PREVIOUS_WORKING_DAY
	}

	public ScheduleProperties {
		if (start == null || fixedDatePolicy == null) {
			throw new IllegalStateException("gongkai.schedule.start and gongkai.schedule.fixed-date-policy are required");
		}
		monthDay("yearly-opens", yearlyOpens);
		monthDay("yearly-due", yearlyDue);
		for (LaunchMilestone milestone : LaunchMilestone.values()) {
			monthDay("launch-plan." + milestone, launchPlan == null ? null : launchPlan.get(milestone));
		}
	}

	MonthDay yearlyOpensDay() {
		return monthDay("yearly-opens", yearlyOpens);
	}

	MonthDay yearlyDueDay() {
		return monthDay("yearly-due", yearlyDue);
	}

	MonthDay milestoneDue(LaunchMilestone milestone) {
		return monthDay("launch-plan." + milestone, launchPlan.get(milestone));
	}

	private static MonthDay monthDay(String name, String value) {
		if (value == null) {
			throw new IllegalStateException("gongkai.schedule." + name + " is required (MM-dd)");
		}
		try {
			return MonthDay.parse(value, MONTH_DAY);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalStateException("gongkai.schedule." + name + " must be MM-dd, not '" + value + "'", ex);
		}
	}

}
