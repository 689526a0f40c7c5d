package cn.gongkai.process.escalation;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/** Moves a watch's next step when its subject's due time has moved: the step is placed from the due time. */
@Component
public class EscalationWatches {

	private final RuntimeService runtimeService;
	private final ManagementService managementService;

	EscalationWatches(RuntimeService runtimeService, ManagementService managementService) {
		this.runtimeService = runtimeService;
		this.managementService = managementService;
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
	}

}
