package cn.gongkai.process.applications;

import java.util.Date;

import cn.gongkai.application.ApplicationService;
import cn.gongkai.calendar.CalendarChanged;
import cn.gongkai.process.escalation.EscalationProcess;
import cn.gongkai.process.escalation.EscalationWatches;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a year's holiday arrangement arrives or changes, the open tasks of applications take the due times counted
 * on it, with their rules and watches. The correction period keeps the day the applicant was told in the letter.
 */
@Component
class ApplicationDeadlineRecalculation {

	private final TaskService taskService;
	private final ApplicationService applications;
	private final ApplicationTaskDue due;
	private final EscalationWatches watches;

	ApplicationDeadlineRecalculation(TaskService taskService, ApplicationService applications, ApplicationTaskDue due,
			EscalationWatches watches) {
		this.taskService = taskService;
		this.applications = applications;
		this.due = due;
		this.watches = watches;
	}

	@EventListener
	void calendarChanged(CalendarChanged event) {
		for (Task task : taskService.createTaskQuery().processDefinitionKey(ApplicationsProcess.KEY).active().list()) {
			Object id = taskService.getVariable(task.getId(), ApplicationsProcess.VAR_APPLICATION_ID);
			if (!(id instanceof Number applicationId)) {
				continue;
			}
			due.of(task.getTaskDefinitionKey(), applicationId.longValue()).ifPresent(deadline -> {
				Date dueDate = Date.from(deadline.dueAt().toInstant());
				String description = ApplicationViews.description(applications.get(applicationId.longValue()),
						deadline.rule());
				if (!dueDate.equals(task.getDueDate()) || !description.equals(task.getDescription())) {
					task.setDueDate(dueDate);
					task.setDescription(description);
					taskService.saveTask(task);
					watches.follow(EscalationProcess.TASK, task.getId());
				}
			});
		}
	}

}
