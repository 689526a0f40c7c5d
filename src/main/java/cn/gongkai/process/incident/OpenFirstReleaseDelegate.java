package cn.gongkai.process.incident;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import cn.gongkai.process.Actors;
import cn.gongkai.process.Refusals;
import cn.gongkai.process.obligation.EventObligations;
import cn.gongkai.process.obligation.ObligationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An incident is registered: its first release is due within the hour (第一时间). */
@Component("openFirstReleaseDelegate")
class OpenFirstReleaseDelegate implements JavaDelegate {

	private final EventObligations events;
	private final Clock clock;

	OpenFirstReleaseDelegate(EventObligations events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String initiator = ObligationProcess.initiator(execution);
		Actors.drafterUnit(execution, initiator, List.of(IncidentProcess.UNIT), "只有应急中心的责任人可以登记突发环境事件");
		String title = Refusals.text(execution, IncidentProcess.VAR_TITLE, "事件名称", 150);
		OffsetDateTime now = OffsetDateTime.now(clock);
		events.open(execution, IncidentProcess.KEY, IncidentProcess.UNIT, "first-release", "突发环境事件首次发布：" + title,
				events.hoursAfter(now, IncidentProcess.FIRST_RELEASE_HOURS, "登记后1小时内首次发布"));
		execution.setVariable(IncidentProcess.VAR_REGISTERED_AT, Date.from(now.toInstant()));
		execution.setVariable(IncidentProcess.VAR_UPDATE_COUNT, 0);
		execution.setVariable(ObligationProcess.VAR_DRAFTER, initiator);
	}

}
