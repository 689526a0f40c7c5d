package cn.gongkai.process.incident;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

import cn.gongkai.obligation.DueRules;
import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.Actors;
import cn.gongkai.process.Refusals;
import cn.gongkai.process.obligation.ObligationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An incident is registered: its first release is due within the hour (第一时间). */
@Component("openFirstReleaseDelegate")
class OpenFirstReleaseDelegate implements JavaDelegate {

	private final ObligationService obligations;
	private final DueRules dueRules;
	private final Clock clock;

	OpenFirstReleaseDelegate(ObligationService obligations, DueRules dueRules, Clock clock) {
		this.obligations = obligations;
		this.dueRules = dueRules;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String initiator = ObligationProcess.initiator(execution);
		Actors.drafterUnit(execution, initiator, List.of(IncidentProcess.UNIT), "只有应急中心的责任人可以登记突发环境事件");
		String title = Refusals.text(execution, IncidentProcess.VAR_TITLE, "事件名称", 150);
		OffsetDateTime now = OffsetDateTime.now(clock);
		Obligation obligation = obligations
			.openForEvent(IncidentProcess.KEY, IncidentProcess.UNIT,
					"pi:" + execution.getProcessInstanceId() + ":first-release", "突发环境事件首次发布：" + title,
					dueRules.hoursAfter(now, IncidentProcess.FIRST_RELEASE_HOURS, "登记后1小时内首次发布"))
			.orElseThrow();
		obligations.attachProcess(obligation.id(), execution.getProcessInstanceId());
		execution.setVariable(IncidentProcess.VAR_REGISTERED_AT, Date.from(now.toInstant()));
		execution.setVariable(IncidentProcess.VAR_UPDATE_COUNT, 0);
		execution.setVariable(ObligationProcess.VAR_OBLIGATION_ID, obligation.id());
		execution.setVariable(ObligationProcess.VAR_DRAFTER, initiator);
	}

}
