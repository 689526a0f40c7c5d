package cn.gongkai.process.drafting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Named on the drafting tasks of model versions deployed before the drafting form was filled as it is read
 * ({@link DraftView}, which serves every version): instances running on those versions still call it when they create
 * a drafting task, and there is nothing left for it to do.
 */
@Component("loadDraftListener")
class LoadDraftListener implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		// The form's values are no longer stored: see DraftView.
	}

}
