package cn.gongkai.process.review;

import cn.gongkai.record.RecordService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * At each end event of the chain: tells the caller how the review ended, and hands a returned record back, with an
 * email to its drafter sent by {@code drafter-notice} (after this transaction commits, retried if the mail fails).
 */
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
			long recordId = ReviewChainProcess.recordId(execution);
			recordService.returnToDrafter(recordId);
			int version = recordService.currentVersionNo(recordId);
			// The notice is the system's, not the reviewer's: it starts without the reviewer's authorization.
			Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices()
				.getRuntimeService()
				.createProcessInstanceByKey(DrafterNoticeProcess.KEY)
				.businessKey(String.valueOf(recordId))
				.setVariable(ReviewChainProcess.VAR_RECORD_ID, recordId)
				.setVariable(DrafterNoticeProcess.VAR_VERSION_NO, version)
				.execute());
		}
		execution.setVariable(ReviewChainProcess.VAR_REVIEW_OUTCOME, outcome.name());
	}

}
