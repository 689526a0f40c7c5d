package cn.gongkai.process.incident;

import java.time.Clock;
import java.time.LocalDate;

import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.obligation.DueRules;
import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.Refusals;
import cn.gongkai.process.obligation.ObligationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The investigation has concluded: its result is due 20 working days later. */
@Component("openInvestigationDelegate")
class OpenInvestigationDelegate implements JavaDelegate {

	private final ObligationService obligations;
	private final DueRules dueRules;
	private final Clock clock;
	private final Catalogue catalogue;

	OpenInvestigationDelegate(ObligationService obligations, DueRules dueRules, Clock clock, Catalogue catalogue) {
		this.obligations = obligations;
		this.dueRules = dueRules;
		this.clock = clock;
		this.catalogue = catalogue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate concludedOn = Refusals.day(execution, IncidentProcess.VAR_CONCLUDED_ON, "调查结束日期", LocalDate.now(clock));
		String title = IncidentProcess.title(execution);
		Catalogue.EventPeriod period = catalogue.type(IncidentProcess.KEY).requiredEventPeriod();
		Obligation obligation = obligations
			.openForEvent(IncidentProcess.KEY, IncidentProcess.UNIT, "pi:" + execution.getProcessInstanceId() + ":investigation",
					"突发环境事件调查结果：" + title, dueRules.workingDaysAfter(concludedOn,
							period.workingDays(), period.wording()))
			.orElseThrow();
		obligations.attachProcess(obligation.id(), execution.getProcessInstanceId());
		execution.setVariable(ObligationProcess.VAR_OBLIGATION_ID, obligation.id());
	}

}
