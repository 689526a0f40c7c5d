package cn.gongkai.process.incident;

import java.util.Date;

import cn.gongkai.obligation.Due;
import cn.gongkai.obligation.DueRules;
import cn.gongkai.process.TaskNames;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 登记调查结束 is due on the day the unit committed to when it concluded the incident; the task names the incident and
 * says the rule, and its watch reminds and escalates as for any due time.
 */
@Component("investigationTaskDeadlineListener")
class InvestigationTaskDeadlineListener implements TaskListener {

	static final String RULE = "调查预计完成日期（登记事件结束时本单位承诺）";

	private final DueRules dueRules;

	InvestigationTaskDeadlineListener(DueRules dueRules) {
		this.dueRules = dueRules;
	}

	@Override
	public void notify(DelegateTask task) {
		Due due = dueRules.fixedDay(IncidentProcess.investigationDueOn(task), RULE);
		String title = IncidentProcess.title(task);
		task.setDueDate(Date.from(due.dueAt().toInstant()));
		task.setName(TaskNames.withTitle(task.getName(), title));
		task.setDescription("事件：《" + (title == null ? "" : title) + "》。期限：" + due.explanation()
				+ "。调查结束后登记调查结束日期，调查结果自该日起20个工作日内发布。");
	}

}
