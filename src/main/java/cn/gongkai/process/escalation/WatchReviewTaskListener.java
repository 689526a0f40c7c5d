package cn.gongkai.process.escalation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A review task with a due date gets its escalation watch. */
@Component("watchReviewTaskListener")
class WatchReviewTaskListener implements TaskListener {

	private final EscalationStarts starts;

	WatchReviewTaskListener(EscalationStarts starts) {
		this.starts = starts;
	}

	@Override
	public void notify(DelegateTask task) {
		if (task.getDueDate() != null) {
			starts.watch(EscalationProcess.TASK, task.getId());
		}
	}

}
