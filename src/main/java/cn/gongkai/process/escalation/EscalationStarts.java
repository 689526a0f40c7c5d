package cn.gongkai.process.escalation;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;

import cn.gongkai.escalation.Ladder;
import cn.gongkai.escalation.Subject;
import cn.gongkai.obligation.ObligationOpened;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every obligation and every review task with a due date is watched, but its watch (an {@code escalation} instance)
 * starts only when the watch's first step falls due, by a job scheduled for that time in the transaction that creates
 * the subject (issue 18): most reviews and obligations are done before their first reminder, and a job is one row
 * where a running watch was an instance, its variables and its timer, written with every task and read again when the
 * timer fired. The job's id names its subject, so that a moved due time moves the job ({@link EscalationWatches}).
 */
@Component
class EscalationStarts {

	private final RuntimeService runtimeService;
	private final ProcessEngineConfigurationImpl engine;
	private final EscalationSubjects subjects;
	private final Ladder ladder;
	private final Clock clock;

	EscalationStarts(RuntimeService runtimeService, ProcessEngineConfiguration engine, EscalationSubjects subjects,
			Ladder ladder, Clock clock) {
		this.runtimeService = runtimeService;
		this.engine = (ProcessEngineConfigurationImpl) engine;
		this.subjects = subjects;
		this.ladder = ladder;
		this.clock = clock;
	}

	@EventListener
	void obligationOpened(ObligationOpened event) {
		watch(EscalationProcess.OBLIGATION, String.valueOf(event.obligationId()));
	}

	/** Schedules the start of the subject's watch at its first step; a subject with no step to come gets none. */
	void watch(String kind, String id) {
		engine.getCommandExecutorTxRequired().execute(commandContext -> {
			firstStepAt(kind, id).ifPresent(at -> {
				TimerEntity job = new TimerEntity();
				job.setId(EscalationProcess.startJobId(kind, id));
				job.setJobHandlerType(WatchStartJobs.TYPE);
				job.setJobHandlerConfigurationRaw(EscalationProcess.businessKey(kind, id));
				job.setDuedate(at);
				commandContext.getJobManager().schedule(job);
			});
			return null;
		});
	}

	/** The subject's first step's time, from its current due time; empty when it is done or has no step to come. */
	Optional<Date> firstStepAt(String kind, String id) {
		return engine.getCommandExecutorTxRequired()
			.execute(commandContext -> subjects.find(kind, id)
				.filter(Subject::open)
				.flatMap(subject -> ladder.next(subject, null, null))
				.map(step -> Date.from(step.at().toInstant())));
	}

	/**
	 * Moves the scheduled start of the subject's watch to its first step's time, if the watch has not started. A start
	 * running at this very moment has read the old due time: the one timer it sets then comes late by the shift, and
	 * every step after it is placed from the new due time.
	 */
	void follow(String kind, String id) {
		engine.getCommandExecutorTxRequired().execute(commandContext -> {
			JobEntity job = commandContext.getJobManager().findJobById(EscalationProcess.startJobId(kind, id));
			if (job != null && job.getLockOwner() == null) {
				// A subject done meanwhile: start at once, to find that out and end.
				job.setDuedate(firstStepAt(kind, id).orElseGet(() -> Date.from(clock.instant())));
			}
			return null;
		});
	}

	/**
	 * Starts the subject's watch, in the scheduled job: its first step, and any after it that fell due meanwhile, go out
	 * in the same job. The watch is the system's, not the user's who caused it: it starts without authorization.
	 */
	void start(String kind, String id) {
		if (subjects.find(kind, id).filter(Subject::open).isEmpty()) {
			return;
		}
		CommandContext commandContext = Context.getCommandContext();
		commandContext.runWithoutAuthorization(() -> runtimeService.createProcessInstanceByKey(EscalationProcess.KEY)
			.businessKey(EscalationProcess.businessKey(kind, id))
			.setVariable(EscalationProcess.VAR_SUBJECT_KIND, kind)
			.setVariable(EscalationProcess.VAR_SUBJECT_ID, id)
			.execute());
	}

}
