package cn.gongkai.process.obligation;

import cn.gongkai.obligation.ObligationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The due time passed with the obligation open: the miss is recorded (once, whatever retries do). */
@Component("recordMissDelegate")
class RecordMissDelegate implements JavaDelegate {

	private final ObligationService obligations;

	RecordMissDelegate(ObligationService obligations) {
		this.obligations = obligations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		obligations.recordMiss(ObligationProcess.obligationId(execution));
	}

}
