package cn.gongkai.process.review;

import cn.gongkai.process.Actors;
import cn.gongkai.process.Refusals;
import cn.gongkai.record.ReviewDecision;
import cn.gongkai.record.ReviewService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of a graded-review task: records the level's decision, or refuses the completion. */
@Component("reviewDecisionListener")
class ReviewDecisionListener implements TaskListener {

	private final ReviewService reviewService;

	ReviewDecisionListener(ReviewService reviewService) {
		this.reviewService = reviewService;
	}

	@Override
	public void notify(DelegateTask task) {
		ReviewDecision decision = Refusals.parse(ReviewDecision.class,
				task.getVariable(ReviewChainProcess.VAR_REVIEW_DECISION), "审核结论");
		String comment = (String) task.getVariable(ReviewChainProcess.VAR_REVIEW_COMMENT);
		reviewService.decide(ReviewChainProcess.recordId(task),
				ReviewChainProcess.levelOf(task.getTaskDefinitionKey()), Actors.actingUser(task), decision, comment);
		// The comment now lives in the review record; the process keeps only the decision.
		task.getExecution().removeVariable(ReviewChainProcess.VAR_REVIEW_COMMENT);
	}

}
