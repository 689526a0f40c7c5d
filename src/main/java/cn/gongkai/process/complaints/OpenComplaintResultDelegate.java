package cn.gongkai.process.complaints;

import java.time.Clock;
import java.time.LocalDate;

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

	OpenComplaintResultDelegate(ObligationService obligations, DueRules dueRules, Clock clock) {
		this.obligations = obligations;
		this.dueRules = dueRules;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LocalDate concludedOn = Refusals.day(execution, ComplaintsProcess.VAR_CONCLUDED_ON, "办结日期", LocalDate.now(clock));
		String unit = (String) execution.getVariable(ComplaintsProcess.VAR_HANDLING_UNIT);
		String title = (String) execution.getVariable(ComplaintsProcess.VAR_TITLE);
		Obligation obligation = obligations
			.openForEvent(ComplaintsProcess.KEY, unit, "pi:" + execution.getProcessInstanceId(), "投诉处理结果：" + title,
					dueRules.workingDaysAfter(concludedOn, ComplaintsProcess.WORKING_DAYS, "处理结果自办结之日起20个工作日内公开"))
			.orElseThrow();
		obligations.attachProcess(obligation.id(), execution.getProcessInstanceId());
		execution.setVariable(ObligationProcess.VAR_OBLIGATION_ID, obligation.id());
		execution.setVariable(ObligationProcess.VAR_DRAFTER, null);
	}

}
