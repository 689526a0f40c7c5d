package cn.gongkai.process.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.process.Actors;
import cn.gongkai.process.Refusals;
import cn.gongkai.process.obligation.EventObligations;
import cn.gongkai.process.obligation.ObligationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** An enforcement result was formed: its publication is due 20 working days later (条例第二十六条). */
@Component("openEnforcementResultDelegate")
class OpenEnforcementResultDelegate implements JavaDelegate {

	private final EventObligations events;
	private final Catalogue catalogue;
	private final Clock clock;

	OpenEnforcementResultDelegate(EventObligations events, Catalogue catalogue, Clock clock) {
		this.events = events;
		this.catalogue = catalogue;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String initiator = ObligationProcess.initiator(execution);
		String unit = Actors.drafterUnit(execution, initiator, catalogue.type(EnforcementProcess.KEY).units(),
				"只有执法信息责任单位的责任人可以登记执法结果");
		String title = Refusals.text(execution, EnforcementProcess.VAR_TITLE, "执法结果名称", 200);
		LocalDate formedOn = Refusals.day(execution, EnforcementProcess.VAR_FORMED_ON, "执法结果形成日期", LocalDate.now(clock));
		events.open(execution, EnforcementProcess.KEY, unit, null, title, events.eventPeriodAfter(EnforcementProcess.KEY, formedOn));
		execution.removeVariables(List.of(EnforcementProcess.VAR_TITLE, EnforcementProcess.VAR_FORMED_ON));
		execution.setVariable(ObligationProcess.VAR_DRAFTER, initiator);
	}

}
