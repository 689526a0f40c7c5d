package cn.gongkai.process.incident;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;

import cn.gongkai.process.obligation.EventObligations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * While the incident is open, the n-th update is due n × 24 hours after registration: a steady rhythm, whether or not
 * the previous update came early.
 */
@Component("openIncidentUpdateDelegate")
class OpenIncidentUpdateDelegate implements JavaDelegate {

	private final EventObligations events;

	OpenIncidentUpdateDelegate(EventObligations events) {
		this.events = events;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int n = IncidentProcess.updateCount(execution) + 1;
		OffsetDateTime registeredAt = IncidentProcess.registeredAt(execution).toInstant()
			.atOffset(ZoneOffset.UTC);
		String title = IncidentProcess.title(execution);
		events.open(execution, IncidentProcess.KEY, IncidentProcess.UNIT, "update-" + n, "突发环境事件第" + n + "次进展：" + title,
				events.hoursAfter(registeredAt, n * IncidentProcess.UPDATE_HOURS, "事件未结束时每24小时更新（第" + n + "次）"));
		execution.setVariable(IncidentProcess.VAR_UPDATE_COUNT, n);
	}

}
