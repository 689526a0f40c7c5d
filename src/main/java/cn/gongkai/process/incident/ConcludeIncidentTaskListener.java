package cn.gongkai.process.incident;

import java.time.Clock;

import cn.gongkai.process.TaskNames;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 登记事件结束, when it is created beside the first update, is due with that update (see {@link ConcludeIncidentTaskDue}). */
@Component("concludeIncidentTaskListener")
class ConcludeIncidentTaskListener implements TaskListener {

	private final ConcludeIncidentTaskDue due;
	private final Clock clock;

	ConcludeIncidentTaskListener(ConcludeIncidentTaskDue due, Clock clock) {
		this.due = due;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		task.setName(TaskNames.withTitle(task.getName(), IncidentProcess.title(task)));
		due.currentUpdate(task.getProcessInstanceId()).ifPresent(update -> {
			task.setDueDate(due.dueOf(update));
			task.setDescription(due.descriptionOf(update, clock.getZone()));
		});
	}

}
