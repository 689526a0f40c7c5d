package cn.gongkai.obligation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * When an obligation falls due, by which rule (with its wording from the notice), and the reasoning a person can
 * check. {@code baseDay} and {@code amount} are what the rule was applied to, so the due time can be computed again when the calendar changes.
 */
public record Due(Rule rule, String ruleText, LocalDate baseDay, Integer amount, OffsetDateTime dueAt, boolean provisional,
		String explanation) {

	public enum Rule {
		/** A day the notice names ("before the 15th"); {@code baseDay} is that day. */
		FIXED_DATE,
		/** {@code amount} working days after the event on {@code baseDay}. */
		WORKING_DAYS,
		/** {@code amount} hours after the obligation opened. */
		HOURS
	}

}
