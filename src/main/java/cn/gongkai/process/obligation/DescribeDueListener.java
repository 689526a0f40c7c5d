package cn.gongkai.process.obligation;

import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Tasklist's "Description" tab tells the drafter what is owed and why it is due when it is. */
@Component("describeDueListener")
class DescribeDueListener implements TaskListener {

	private final ObligationService obligations;

	DescribeDueListener(ObligationService obligations) {
		this.obligations = obligations;
	}

	@Override
	public void notify(DelegateTask task) {
		Obligation obligation = obligations.get(ObligationProcess.obligationId(task));
		task.setDescription(obligation.subject() + "。期限：" + obligation.due().explanation());
	}

}
