package cn.gongkai.process.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import cn.gongkai.process.TaskNames;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 登记调查结束 is due at the end of the day the unit committed to when it concluded the incident: that day exactly, a
 * holiday included (the unit chose it; the fixed-date policy for the notice's days does not move it, and no calendar
 * can make it provisional). The task names the incident and says the rule; its watch reminds and escalates as for any
 * due time.
 */
@Component("investigationTaskDeadlineListener")
class InvestigationTaskDeadlineListener implements TaskListener {

	static final String RULE = "调查预计完成日期（登记事件结束时本单位承诺）";

	private final Clock clock;

	InvestigationTaskDeadlineListener(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		LocalDate day = IncidentProcess.investigationDueOn(task);
		String title = IncidentProcess.title(task);
		task.setDueDate(Date.from(day.plusDays(1).atStartOfDay(clock.getZone()).minusSeconds(1).toInstant()));
		task.setName(TaskNames.withTitle(task.getName(), title));
		task.setDescription("事件：《" + (title == null ? "" : title) + "》。期限：" + RULE + "：截止 " + day
				+ "。调查结束后登记调查结束日期，调查结果自该日起20个工作日内发布。");
	}

}
