package cn.gongkai.process.escalation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import cn.gongkai.escalation.Ladder;
import cn.gongkai.escalation.Subject;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Decides the next step of the ladder, or that the watch is over because the work is done. */
@Component("planNextEscalationStepDelegate")
class PlanNextStepDelegate implements JavaDelegate {

	private final EscalationSubjects subjects;
	private final Ladder ladder;
	private final Clock clock;

	PlanNextStepDelegate(EscalationSubjects subjects, Ladder ladder, Clock clock) {
		this.subjects = subjects;
		this.ladder = ladder;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Integer lastIndex = EscalationProcess.stepIndex(execution);
		Integer lastRepeat = EscalationProcess.stepRepeat(execution);
		Optional<Ladder.Planned> next = subjects
			.find(EscalationProcess.subjectKind(execution), EscalationProcess.subjectId(execution))
			.filter(Subject::open)
			.flatMap(subject -> ladder.next(subject, lastIndex, lastRepeat));
		execution.setVariable(EscalationProcess.VAR_STEP, next.map(Ladder.Planned::key).orElse(null));
		execution.setVariable(EscalationProcess.VAR_SEND_NOW,
				next.filter(step -> !step.at().isAfter(OffsetDateTime.now(clock))).isPresent());
		next.ifPresent(step -> {
			execution.setVariable(EscalationProcess.VAR_STEP_INDEX, step.index());
			execution.setVariable(EscalationProcess.VAR_STEP_REPEAT, step.repeat());
		});
	}

}
