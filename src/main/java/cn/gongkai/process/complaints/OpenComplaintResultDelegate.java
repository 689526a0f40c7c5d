package cn.gongkai.process.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;

import cn.gongkai.process.Refusals;
import cn.gongkai.process.obligation.EventObligations;
import cn.gongkai.process.obligation.ObligationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The handling unit concluded the complaint: its result is due for publication 20 working days later. */
@Component("openComplaintResultDelegate")
class OpenComplaintResultDelegate implements JavaDelegate {

	private final EventObligations events;
	private final Clock clock;

	OpenComplaintResultDelegate(EventObligations events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Date registeredAt = execution.getProcessEngineServices()
			.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceId(execution.getProcessInstanceId())
			.singleResult()
			.getStartTime();
		LocalDate concludedOn = Refusals.day(execution, ComplaintsProcess.VAR_CONCLUDED_ON, "办结日期",
				registeredAt.toInstant().atZone(clock.getZone()).toLocalDate(), "投诉登记日", LocalDate.now(clock));
		String unit = ComplaintsProcess.handlingUnit(execution);
		String title = ComplaintsProcess.title(execution);
		events.open(execution, ComplaintsProcess.KEY, unit, null, "投诉处理结果：" + title,
				events.eventPeriodAfter(ComplaintsProcess.KEY, concludedOn));
		execution.setVariable(ObligationProcess.VAR_DRAFTER, null);
	}

}
