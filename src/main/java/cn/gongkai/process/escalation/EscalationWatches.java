package cn.gongkai.process.escalation;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Moves a watch's next step, or its scheduled start, when its subject's due time has moved: steps are placed from the
 * due time.
 */
@Component
public class EscalationWatches {

	private final RuntimeService runtimeService;
	private final ManagementService managementService;
	private final EscalationStarts starts;

	EscalationWatches(RuntimeService runtimeService, ManagementService managementService, EscalationStarts starts) {
		this.runtimeService = runtimeService;
		this.managementService = managementService;
		this.starts = starts;
	}

	/** {@code kind} is {@link EscalationProcess#OBLIGATION} or {@link EscalationProcess#TASK}. */
	public void follow(String kind, String id) {
		for (var watch : runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(EscalationProcess.businessKey(kind, id), EscalationProcess.KEY)
			.list()) {
			for (Job job : managementService.createJobQuery().processInstanceId(watch.getId()).timers().list()) {
				managementService.recalculateJobDuedate(job.getId(), false);
			}
		}
		starts.follow(kind, id);
	}

}
