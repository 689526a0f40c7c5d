package cn.gongkai.process.change;

import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.RecordService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of a returned retraction: either the unit gives it up, or the revised reason goes back to review
 * (refused, with nothing changed, when it is blank or too long).
 */
@Component("reviseRetractionListener")
class ReviseRetractionListener implements TaskListener {

	private final RecordService records;

	ReviseRetractionListener(RecordService records) {
		this.records = records;
	}

	@Override
	public void notify(DelegateTask task) {
		boolean cancel = Boolean.TRUE.equals(task.getVariable(RecordChangeProcess.VAR_CANCEL_REQUEST));
		if (!cancel) {
			Object reason = task.getVariable(RecordChangeProcess.VAR_RETRACTION_REASON);
			records.resubmitRetraction(ReviewChainProcess.recordId(task), reason == null ? null : reason.toString());
		}
		task.getExecution().setVariable(RecordChangeProcess.VAR_CANCEL_REQUEST, cancel);
	}

}
