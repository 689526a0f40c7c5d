package cn.gongkai.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import cn.gongkai.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * Places the configured steps around a due time, on the working-day calendar (docs/design.md §5). Knows nothing of the
 * engine: the process glue asks it when the next step falls and whether a step is still worth sending.
 */
@Component
public class Ladder {

	private final List<EscalationProperties.Step> steps;
	private final List<EscalationProperties.Step> urgentSteps;
	private final WorkingDayCalendar calendar;
	private final Clock clock;

	public Ladder(EscalationProperties properties, WorkingDayCalendar calendar, Clock clock) {
		this.steps = properties.steps();
		this.urgentSteps = properties.urgentSteps();
		this.calendar = calendar;
		this.clock = clock;
	}

	/** One occurrence of a step: the ladder's {@code index}, its {@code repeat} (0 for the first), its key, its time. */
	public record Planned(int index, int repeat, String key, OffsetDateTime at) {
	}

	/**
	 * The step after the last one taken (none yet: {@code lastIndex} null). A step before the due time that would come
	 * before the work even opened is left out; steps after it are never left out, however late.
	 */
	public Optional<Planned> next(Subject subject, Integer lastIndex, Integer lastRepeat) {
		List<EscalationProperties.Step> steps = stepsOf(subject);
		int index = 0;
		int repeat = 0;
		if (lastIndex != null) {
			if (steps.get(lastIndex).repeat()) {
				index = lastIndex;
				repeat = lastRepeat + 1;
			}
			else {
				index = lastIndex + 1;
			}
		}
		for (; index < steps.size(); index++, repeat = 0) {
			EscalationProperties.Step step = steps.get(index);
			if (step.repeat()) {
				// After an outage, one reminder for the days missed, not one per day.
				OffsetDateTime now = OffsetDateTime.now(clock);
				while (!at(subject.dueAt(), step, repeat + 1).isAfter(now)) {
					repeat++;
				}
			}
			OffsetDateTime at = at(subject.dueAt(), step, repeat);
			if (step.offset() < 0 && !at.isAfter(subject.openedAt())) {
				continue;
			}
			return Optional.of(new Planned(index, repeat, key(step, repeat), at));
		}
		return Optional.empty();
	}

	/** A repeating step whose next repetition is already due: only the latest of them is worth sending. */
	public boolean overtaken(Subject subject, int index, int repeat) {
		EscalationProperties.Step step = step(subject, index);
		return step.repeat() && !at(subject.dueAt(), step, repeat + 1).isAfter(OffsetDateTime.now(clock));
	}

	/** The step's time has not come yet. */
	public boolean notYet(Subject subject, int index, int repeat) {
		return stepAt(subject, index, repeat).isAfter(OffsetDateTime.now(clock));
	}

	/** The step {@code index} of the subject's ladder. */
	public EscalationProperties.Step step(Subject subject, int index) {
		return stepsOf(subject).get(index);
	}

	/** The time of the step {@code index}'s {@code repeat}-th occurrence for the subject's current due time. */
	public OffsetDateTime stepAt(Subject subject, int index, int repeat) {
		return at(subject.dueAt(), step(subject, index), repeat);
	}

	private List<EscalationProperties.Step> stepsOf(Subject subject) {
		return subject.urgent() && !urgentSteps.isEmpty() ? urgentSteps : steps;
	}

	/** A step's time: minutes from the due time on the urgent ladder, working days (and repeats) on the other. */
	private OffsetDateTime at(OffsetDateTime due, EscalationProperties.Step step, int repeat) {
		return step.offsetMinutes() != null ? due.plusMinutes(step.offsetMinutes())
				: at(due, step.offsetWorkingDays() + repeat);
	}

	/** {@code workingDays} working days from the due time (negative: before), at the same time of day. */
	public OffsetDateTime at(OffsetDateTime due, int workingDays) {
		if (workingDays == 0) {
			return due;
		}
		ZonedDateTime local = due.atZoneSameInstant(clock.getZone());
		LocalDate day = local.toLocalDate();
		int step = workingDays > 0 ? 1 : -1;
		for (int counted = 0; counted < Math.abs(workingDays);) {
			day = day.plusDays(step);
			if (calendar.isWorkingDay(day)) {
				counted++;
			}
		}
		return local.with(day).toOffsetDateTime();
	}

	private static String key(EscalationProperties.Step step, int repeat) {
		return step.repeat() ? step.key() + "-" + (repeat + 1) : step.key();
	}

}
