package cn.gongkai.process.review;

import cn.gongkai.record.RecordService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** At each end event of the chain: tells the caller how the review ended, and hands a returned record back. */
@Component("reviewOutcomeListener")
class ReviewOutcomeListener implements ExecutionListener {

	private final RecordService recordService;

	ReviewOutcomeListener(RecordService recordService) {
		this.recordService = recordService;
	}

	@Override
	public void notify(DelegateExecution execution) {
		ReviewChainProcess.Outcome outcome = ReviewChainProcess.outcomeOf(execution.getCurrentActivityId());
		if (outcome == ReviewChainProcess.Outcome.RETURNED || outcome == ReviewChainProcess.Outcome.REVISION_REQUESTED) {
			recordService.returnToDrafter(ReviewChainProcess.recordId(execution));
		}
		execution.setVariable(ReviewChainProcess.VAR_REVIEW_OUTCOME, outcome.name());
	}

}
