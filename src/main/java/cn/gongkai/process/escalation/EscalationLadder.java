package cn.gongkai.process.escalation;

import cn.gongkai.process.ProcessVariables;
import java.time.Clock;
import java.util.Date;

import cn.gongkai.escalation.Ladder;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The escalation timer's due time, for {@code bpmn/escalation.bpmn} ({@code ${escalationLadder.stepAt(execution)}}):
 * the engine's side of {@link Ladder}, computed from the subject's current due time so that recalculation follows it.
 */
@Component("escalationLadder")
public class EscalationLadder {

	private final Ladder ladder;
	private final EscalationSubjects subjects;
	private final Clock clock;

	EscalationLadder(Ladder ladder, EscalationSubjects subjects, Clock clock) {
		this.ladder = ladder;
		this.subjects = subjects;
		this.clock = clock;
	}

	public Date stepAt(DelegateExecution execution) {
		String kind = EscalationProcess.subjectKind(execution);
		String id = EscalationProcess.subjectId(execution);
		int index = ProcessVariables.required(EscalationProcess.stepIndex(execution), EscalationProcess.VAR_STEP_INDEX);
		int repeat = ProcessVariables.required(EscalationProcess.stepRepeat(execution), EscalationProcess.VAR_STEP_REPEAT);
		// A subject gone meanwhile: fire at once; the send step sees it is done and the watch ends.
		return subjects.find(kind, id)
			.map(s -> Date.from(ladder.stepAt(s, index, repeat).toInstant()))
			.orElseGet(() -> Date.from(clock.instant()));
	}

}
