package cn.gongkai.process.incident;

import java.time.Clock;
import java.time.LocalDate;

import cn.gongkai.process.Refusals;
import cn.gongkai.record.Days;
import cn.gongkai.record.TextHygiene;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 登记事件结束 carries the day the unit commits to conclude the investigation by: no rule sets how long an
 * investigation lasts, so the unit that runs it says, and 登记调查结束 is due then. A day before today or more than a
 * year ahead (a slip of the year, as 2062) is refused in words.
 */
@Component("concludeIncidentListener")
class ConcludeIncidentListener implements TaskListener {

	static final String LABEL = "调查预计完成日期";

	private final Clock clock;

	ConcludeIncidentListener(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void notify(DelegateTask task) {
		Object value = task.getVariable(IncidentProcess.VAR_INVESTIGATION_DUE_ON);
		if (value == null || value.toString().isBlank()) {
			throw Refusals.refuse("请填写" + LABEL);
		}
		LocalDate day = Days.parse(value.toString())
			.orElseThrow(() -> Refusals.refuse(LABEL + "无法识别：“" + TextHygiene.printable(value.toString())
					+ "”，请按 2026-12-07 或 2026/12/7 的格式填写"));
		LocalDate today = LocalDate.now(clock);
		if (day.isBefore(today)) {
			throw Refusals.refuse(LABEL + "不能早于今天（" + today + "）");
		}
		if (day.isAfter(today.plusYears(1))) {
			throw Refusals.refuse(LABEL + "不能晚于一年之后（" + today.plusYears(1) + "），请核对年份");
		}
		task.getExecution().setVariable(IncidentProcess.VAR_INVESTIGATION_DUE_ON, day.toString());
	}

}
