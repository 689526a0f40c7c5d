package cn.gongkai.process.escalation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import cn.gongkai.calendar.WorkingDayCalendar;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Places the configured steps around a due time, on the working-day calendar. */
@Component("escalationLadder")
public class EscalationLadder {

	private final List<EscalationProperties.Step> steps;
	private final WorkingDayCalendar calendar;
	private final EscalationSubjects subjects;
	private final Clock clock;

	EscalationLadder(EscalationProperties properties, WorkingDayCalendar calendar, EscalationSubjects subjects,
			Clock clock) {
		this.steps = properties.steps();
		this.calendar = calendar;
		this.subjects = subjects;
		this.clock = clock;
	}

	/** One occurrence of a step: the ladder's {@code index}, its {@code repeat} (0 for the first), its key, its time. */
	record Planned(int index, int repeat, String key, OffsetDateTime at) {
	}

	/**
	 * The step after the last one taken (none yet: {@code lastIndex} null). A step before the due time that would come
	 * before the work even opened is left out; steps after it are never left out, however late.
	 */
	Optional<Planned> next(Subject subject, Integer lastIndex, Integer lastRepeat) {
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
				while (!at(subject.dueAt(), step.offsetWorkingDays() + repeat + 1).isAfter(now)) {
					repeat++;
				}
			}
			OffsetDateTime at = at(subject.dueAt(), step.offsetWorkingDays() + repeat);
			if (step.offsetWorkingDays() < 0 && !at.isAfter(subject.openedAt())) {
				continue;
			}
			return Optional.of(new Planned(index, repeat, key(step, repeat), at));
		}
		return Optional.empty();
	}

	/** A repeating step whose next repetition is already due: only the latest of them is worth sending. */
	boolean overtaken(Subject subject, int index, int repeat) {
		EscalationProperties.Step step = steps.get(index);
		return step.repeat()
				&& !at(subject.dueAt(), step.offsetWorkingDays() + repeat + 1).isAfter(OffsetDateTime.now(clock));
	}

	/** The step's time has not come yet. */
	boolean notYet(Subject subject, int index, int repeat) {
		return at(subject.dueAt(), steps.get(index).offsetWorkingDays() + repeat).isAfter(OffsetDateTime.now(clock));
	}

	EscalationProperties.Step step(int index) {
		return steps.get(index);
	}

	/** The timer's due time, computed from the subject's current due time so that recalculation follows it. */
	public Date stepAt(DelegateExecution execution) {
		String kind = (String) execution.getVariable(EscalationProcess.VAR_SUBJECT_KIND);
		String id = (String) execution.getVariable(EscalationProcess.VAR_SUBJECT_ID);
		int index = ((Number) execution.getVariable(EscalationProcess.VAR_STEP_INDEX)).intValue();
		int repeat = ((Number) execution.getVariable(EscalationProcess.VAR_STEP_REPEAT)).intValue();
		// A subject gone meanwhile: fire at once; the send step sees it is done and the watch ends.
		return subjects.find(kind, id)
			.map(s -> Date.from(at(s.dueAt(), steps.get(index).offsetWorkingDays() + repeat).toInstant()))
			.orElseGet(() -> Date.from(clock.instant()));
	}

	/** {@code workingDays} working days from the due time (negative: before), at the same time of day. */
	OffsetDateTime at(OffsetDateTime due, int workingDays) {
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
