package cn.gongkai.process.applications;

import cn.gongkai.application.ApplicationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The unit's task is due with the answer, whose rule (extension, consultation days not counted) it says; the unit's
 * obligation to answer is watched and escalated, so the task has no watch of its own. Its answer's record is drafted
 * as it opens, so that the files to release can be attached first.
 */
@Component("handleTaskListener")
class HandleTaskListener implements TaskListener {

	private final ApplicationService applications;
	private final ApplicationViews views;

	HandleTaskListener(ApplicationService applications, ApplicationViews views) {
		this.applications = applications;
		this.views = views;
	}

	@Override
	public void notify(DelegateTask task) {
		views.present(task, ApplicationsProcess.HANDLE_FIELDS);
		task.setVariableLocal(ApplicationsProcess.VIEW_ANSWER_RECORD,
				applications.prepareAnswer(ApplicationsProcess.applicationId(task)));
	}

}
