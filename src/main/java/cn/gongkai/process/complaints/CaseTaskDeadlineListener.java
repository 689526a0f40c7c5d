package cn.gongkai.process.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import cn.gongkai.obligation.Due;
import cn.gongkai.process.TaskNames;
import cn.gongkai.report.CaseDeadlines;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A complaint's own steps are due too, so that a citizen's report does not wait unseen before its publication clock
 * starts: 信访处 hands a report to a unit within one working day, the unit concludes within 20 working days of
 * receiving it. The task is named after the case and says its rule; its watch escalates as for any due time.
 */
@Component("caseTaskDeadlineListener")
class CaseTaskDeadlineListener implements TaskListener {

	private final CaseDeadlines deadlines;
	private final Clock clock;

	CaseTaskDeadlineListener(CaseDeadlines deadlines, Clock clock) {
		this.deadlines = deadlines;
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		boolean dispatch = ComplaintsProcess.TASK_DISPATCH_REPORT.equals(task.getTaskDefinitionKey());
		LocalDate today = LocalDate.now(clock);
		Due due = dispatch ? deadlines.dispatchDue(today) : deadlines.handlingDue(today);
		String title = ComplaintsProcess.title(task);
		task.setDueDate(Date.from(due.dueAt().toInstant()));
		task.setName(TaskNames.withTitle(task.getName(), title));
		task.setDescription("投诉事项：《" + (title == null ? "" : title) + "》。期限：" + due.explanation());
	}

}
