package cn.gongkai.process.review;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Named on the review tasks of review-chain versions deployed before the view was given with the form
 * ({@link ReviewView}, which serves every version): chains running on those versions still call it when they create
 * a review task, and there is nothing left for it to do.
 */
@Component("loadReviewContentListener")
class LoadReviewContentListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		// The view is no longer stored: see ReviewView.
	}

}
