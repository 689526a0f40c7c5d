package cn.gongkai.process.incident;

import java.time.Clock;
import java.time.LocalDate;

import cn.gongkai.process.Refusals;
import cn.gongkai.process.obligation.EventObligations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The investigation has concluded: its result is due 20 working days later. */
@Component("openInvestigationDelegate")
class OpenInvestigationDelegate implements JavaDelegate {

	private final EventObligations events;
	private final Clock clock;

	OpenInvestigationDelegate(EventObligations events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate registered = IncidentProcess.registeredAt(execution).toInstant().atZone(clock.getZone()).toLocalDate();
		LocalDate concludedOn = Refusals.day(execution, IncidentProcess.VAR_CONCLUDED_ON, "调查结束日期", registered,
				"事件登记日", LocalDate.now(clock));
		String title = IncidentProcess.title(execution);
		events.open(execution, IncidentProcess.KEY, IncidentProcess.UNIT, "investigation", "突发环境事件调查结果：" + title,
				events.eventPeriodAfter(IncidentProcess.KEY, concludedOn));
	}

}
