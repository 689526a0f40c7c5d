package cn.gongkai.process.incident;

import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.obligation.ObligationStatus;
import cn.gongkai.process.Refusals;
import cn.gongkai.record.RecordService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The incident has ended: an update still in preparation is no longer owed, and its draft is withdrawn. */
@Component("stopIncidentUpdatesDelegate")
class StopIncidentUpdatesDelegate implements JavaDelegate {

	private final ObligationService obligations;
	private final RecordService records;

	StopIncidentUpdatesDelegate(ObligationService obligations, RecordService records) {
		this.obligations = obligations;
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		if (!IncidentProcess.ended(execution)) {
			throw Refusals.refuse("请确认事件已处置结束");
		}
		for (Obligation open : obligations.openOfProcess(execution.getProcessInstanceId())) {
			obligations.close(open.id(), ObligationStatus.CANCELLED, "事件已结束，不再需要本次进展更新");
			if (open.recordId() != null) {
				records.withdraw(open.recordId());
			}
		}
	}

}
