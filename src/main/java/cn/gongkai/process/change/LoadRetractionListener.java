package cn.gongkai.process.change;

import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.ReviewService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows the drafter the request as it stands and why the reviewer returned it. */
@Component("loadRetractionListener")
class LoadRetractionListener implements TaskListener {

	private final RecordService records;
	private final ReviewService reviews;

	LoadRetractionListener(RecordService records, ReviewService reviews) {
		this.records = records;
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		long recordId = ReviewChainProcess.recordId(task);
		task.setVariableLocal(RecordChangeProcess.VAR_RETRACTION_REASON,
				records.pendingChange(recordId).map(c -> c.reason()).orElse(null));
		task.setVariableLocal(RecordChangeProcess.VAR_RETURN_COMMENT, reviews.latestReturnComment(recordId));
		task.setVariableLocal(RecordChangeProcess.VAR_CANCEL_REQUEST, false);
	}

}
