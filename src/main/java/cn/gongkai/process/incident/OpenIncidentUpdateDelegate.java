package cn.gongkai.process.incident;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import cn.gongkai.obligation.Obligation;
import cn.gongkai.process.obligation.EventObligations;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * While the incident is open, the n-th update is due n × 24 hours after registration: a steady rhythm, whether or not
 * the previous update came early.
 */
@Component("openIncidentUpdateDelegate")
class OpenIncidentUpdateDelegate implements JavaDelegate {

	private final EventObligations events;
	private final ConcludeIncidentTaskDue concludeDue;
	private final Clock clock;

	OpenIncidentUpdateDelegate(EventObligations events, ConcludeIncidentTaskDue concludeDue, Clock clock) {
		this.events = events;
		this.concludeDue = concludeDue;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int n = IncidentProcess.updateCount(execution) + 1;
		OffsetDateTime registeredAt = IncidentProcess.registeredAt(execution).toInstant()
			.atOffset(ZoneOffset.UTC);
		String title = IncidentProcess.title(execution);
		Obligation update = events.open(execution, IncidentProcess.KEY, IncidentProcess.UNIT, IncidentProcess.UPDATE_STAGE + n,
				"突发环境事件第" + n + "次进展：" + title,
				events.hoursAfter(registeredAt, n * IncidentProcess.UPDATE_HOURS, "事件未结束时每24小时更新（第" + n + "次）"));
		execution.setVariable(IncidentProcess.VAR_UPDATE_COUNT, n);
		// 登记事件结束 waits beside the updates: it is due with each new one. The system's own write, whoever's
		// approval published the previous update: the task is found without that person's authorizations, and its
		// entity changed in place, written with the command (a save command would log the change as theirs and count
		// them among the task's workers).
		TaskService tasks = execution.getProcessEngineServices().getTaskService();
		Task conclude = Context.getCommandContext()
			.runWithoutAuthorization(() -> tasks.createTaskQuery()
				.processInstanceId(execution.getProcessInstanceId())
				.taskDefinitionKey(IncidentProcess.TASK_CONCLUDE_INCIDENT)
				.singleResult());
		if (conclude != null) {
			conclude.setDueDate(concludeDue.dueOf(update));
			conclude.setDescription(concludeDue.descriptionOf(update, clock.getZone()));
		}
	}

}
