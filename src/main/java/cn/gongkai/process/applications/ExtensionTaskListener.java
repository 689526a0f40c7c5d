package cn.gongkai.process.applications;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The head of the disclosure office decides on an extension, which must be approved and told before the first
 * period ends (条例第三十三条第二款): the task is due then and shows the unit's reason.
 */
@Component("extensionTaskListener")
class ExtensionTaskListener implements TaskListener {

	private final ApplicationViews views;

	ExtensionTaskListener(ApplicationViews views) {
		this.views = views;
	}

	@Override
	public void notify(DelegateTask task) {
		views.present(task, ApplicationsProcess.EXTENSION_FIELDS);
	}

}
