package cn.gongkai.process.complaints;

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

/** The handling unit concluded the complaint: its result is due for publication 20 working days later. */
@Component("openComplaintResultDelegate")
class OpenComplaintResultDelegate implements JavaDelegate {

	private final ObligationService obligations;
	private final DueRules dueRules;
	private final Clock clock;
	private final Catalogue catalogue;

	OpenComplaintResultDelegate(ObligationService obligations, DueRules dueRules, Clock clock, Catalogue catalogue) {
		this.obligations = obligations;
		this.dueRules = dueRules;
		this.clock = clock;
		this.catalogue = catalogue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate concludedOn = Refusals.day(execution, ComplaintsProcess.VAR_CONCLUDED_ON, "办结日期", LocalDate.now(clock));
		String unit = ComplaintsProcess.handlingUnit(execution);
		String title = ComplaintsProcess.title(execution);
		Catalogue.EventPeriod period = catalogue.type(ComplaintsProcess.KEY).requiredEventPeriod();
		Obligation obligation = obligations
			.openForEvent(ComplaintsProcess.KEY, unit, "pi:" + execution.getProcessInstanceId(), "投诉处理结果：" + title,
					dueRules.workingDaysAfter(concludedOn, period.workingDays(), period.wording()))
			.orElseThrow();
		obligations.attachProcess(obligation.id(), execution.getProcessInstanceId());
		execution.setVariable(ObligationProcess.VAR_OBLIGATION_ID, obligation.id());
		execution.setVariable(ObligationProcess.VAR_DRAFTER, null);
	}

}
