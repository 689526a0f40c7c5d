package cn.gongkai.process.applications;


import cn.gongkai.application.Application;
import cn.gongkai.application.ApplicationService;
import cn.gongkai.obligation.Due;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The unit's task is due with the answer, whose rule (extension, consultation days not counted) it says; the unit's
 * obligation to answer is watched and escalated, so the task has no watch of its own.
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
		long id = ApplicationsProcess.applicationId(task);
		Application application = applications.get(id);
		Due due = applications.answerDue(id);
		views.present(task, application, due.dueAt(), "答复期限：" + due.explanation(), ApplicationsProcess.HANDLE_FIELDS);
		task.setVariableLocal(ApplicationsProcess.VIEW_ANSWER_RECORD, applications.prepareAnswer(id));
	}

}
