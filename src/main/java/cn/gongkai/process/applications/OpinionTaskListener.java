package cn.gongkai.process.applications;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The unit records the third party's opinion, due the working day after the third party's 15 working days. */
@Component("opinionTaskListener")
class OpinionTaskListener implements TaskListener {

	private final ApplicationViews views;

	OpinionTaskListener(ApplicationViews views) {
		this.views = views;
	}

	@Override
	public void notify(DelegateTask task) {
		views.present(task, ApplicationsProcess.OPINION_FIELDS);
	}

}
