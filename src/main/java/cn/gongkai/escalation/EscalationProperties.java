package cn.gongkai.escalation;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The escalation ladder (docs/design.md §5), as {@code gongkai.escalation.steps} in application.yml. Each step is placed
 * {@code offsetWorkingDays} working days from the due time (negative: before it); a repeating last step recurs every
 * working day after that until the work is done.
 *
 * Recipients: {@code CURRENT_ASSIGNEES} (whoever holds or may claim the open task), {@code UNIT:<role>} (that role in
 * the subject's unit, for example {@code UNIT:unit-head}), {@code ROLE:<role>} (everyone with that role, for example
 * {@code ROLE:supervisor} for the office's supervisors). The urgent ladder ({@code urgent-steps}), for the reviews of
 * an incident's release, is placed in minutes ({@code offsetMinutes}) around each review's own due time.
 */
@ConfigurationProperties("gongkai.escalation")
public record EscalationProperties(List<Step> steps, List<Step> urgentSteps) {

	public static final String CURRENT_ASSIGNEES = "CURRENT_ASSIGNEES";
	private static final Pattern RECIPIENT = Pattern.compile("CURRENT_ASSIGNEES|(UNIT|ROLE):[a-z]+(-[a-z]+)*");

	/**
	 * @param offsetMinutes for an urgent step: minutes from the due time instead of working days
	 */
	public record Step(String key, String name, int offsetWorkingDays, Integer offsetMinutes, boolean breach,
			boolean repeat, List<String> recipients) {

		/** Where the step stands on its ladder, in the ladder's own unit. */
		int offset() {
			return offsetMinutes != null ? offsetMinutes : offsetWorkingDays;
		}

	}

	public EscalationProperties {
		if (steps == null || steps.isEmpty()) {
			throw new IllegalStateException("gongkai.escalation.steps: the ladder needs at least one step");
		}
		urgentSteps = urgentSteps == null ? List.of() : urgentSteps;
		check("gongkai.escalation.steps", steps, false);
		check("gongkai.escalation.urgent-steps", urgentSteps, true);
	}

	private static void check(String ladder, List<Step> steps, boolean minutes) {
		for (int i = 0; i < steps.size(); i++) {
			Step step = steps.get(i);
			String entry = ladder + "[" + i + "]";
			if (minutes != (step.offsetMinutes() != null) || minutes && step.repeat()) {
				throw new IllegalStateException(entry + ": " + (minutes ? "urgent steps are placed in offset-minutes and do not repeat"
						: "steps are placed in offset-working-days"));
			}
			if (step.key() == null || !step.key().matches("[A-Z_]+") || step.name() == null || step.name().isBlank()) {
				throw new IllegalStateException(entry + ": key (A-Z and _) and name are required");
			}
			if (i > 0 && step.offset() < steps.get(i - 1).offset()) {
				throw new IllegalStateException(entry + " (" + step.key() + "): steps must be in order of their offset");
			}
			if (step.repeat() && i != steps.size() - 1) {
				throw new IllegalStateException(entry + " (" + step.key() + "): only the last step may repeat");
			}
			if (step.recipients() == null || step.recipients().isEmpty()) {
				throw new IllegalStateException(entry + " (" + step.key() + "): no recipients");
			}
			for (String recipient : step.recipients()) {
				if (!RECIPIENT.matcher(recipient).matches()) {
					throw new IllegalStateException(entry + " (" + step.key() + "): unknown recipient '" + recipient + "'");
				}
			}
		}
	}

}
