package cn.gongkai.process.applications;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 办公室 confirms and assigns an application by the next working day; the task says so and shows the request. */
@Component("registerTaskListener")
class RegisterTaskListener implements TaskListener {

	private final ApplicationViews views;

	RegisterTaskListener(ApplicationViews views) {
		this.views = views;
	}

	@Override
	public void notify(DelegateTask task) {
		views.present(task, ApplicationsProcess.REGISTER_FIELDS);
	}

}
