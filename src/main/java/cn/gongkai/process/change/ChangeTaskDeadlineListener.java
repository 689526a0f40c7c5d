package cn.gongkai.process.change;

import cn.gongkai.process.TaskNames;
import cn.gongkai.process.review.ReviewChainProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A correction's drafting and a returned retraction's revision are due by {@link ChangeDeadlines}; the task names its
 * record and says its rule; its watch escalates as for any due time.
 */
@Component("changeTaskDeadlineListener")
class ChangeTaskDeadlineListener implements TaskListener {

	private final ChangeDeadlines deadlines;

	ChangeTaskDeadlineListener(ChangeDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	@Override
	public void notify(DelegateTask task) {
		ChangeDeadlines.Deadline deadline = deadlines.of(ReviewChainProcess.recordId(task));
		task.setDueDate(deadline.due());
		task.setName(TaskNames.withTitle(task.getName(), deadline.title()));
		task.setDescription(deadline.description());
	}

}
