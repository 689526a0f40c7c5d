package cn.gongkai.process.review;

import cn.gongkai.process.Actors;
import cn.gongkai.process.Refusals;
import cn.gongkai.record.LegalBasis;
import cn.gongkai.record.ReviewService;
import cn.gongkai.record.SecrecyOutcome;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of 保密审查 (by the unit or the secrecy office): writes the review record, or refuses. */
@Component("secrecyDecisionListener")
class SecrecyDecisionListener implements TaskListener {

	private final ReviewService reviewService;

	SecrecyDecisionListener(ReviewService reviewService) {
		this.reviewService = reviewService;
	}

	@Override
	public void notify(DelegateTask task) {
		SecrecyOutcome outcome = Refusals.parse(SecrecyOutcome.class,
				task.getVariable(ReviewChainProcess.VAR_SECRECY_OUTCOME), "保密审查结论");
		LegalBasis legalBasis = Refusals.parse(LegalBasis.class, task.getVariable(ReviewChainProcess.VAR_LEGAL_BASIS),
				"法律依据");
		String basis = (String) task.getVariable(ReviewChainProcess.VAR_REVIEW_BASIS);
		String conclusion = (String) task.getVariable(ReviewChainProcess.VAR_REVIEW_CONCLUSION);
		reviewService.decideSecrecy(ReviewChainProcess.recordId(task),
				ReviewChainProcess.levelOf(task.getTaskDefinitionKey()), Actors.actingUser(task), outcome, legalBasis,
				basis, conclusion);
		task.getExecution()
			.removeVariables(java.util.List.of(ReviewChainProcess.VAR_LEGAL_BASIS, ReviewChainProcess.VAR_REVIEW_BASIS,
					ReviewChainProcess.VAR_REVIEW_CONCLUSION));
	}

}
