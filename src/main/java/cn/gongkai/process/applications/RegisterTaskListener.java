package cn.gongkai.process.applications;


import cn.gongkai.application.Application;
import cn.gongkai.application.ApplicationService;
import cn.gongkai.obligation.Due;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** 办公室 confirms and assigns an application by the next working day; the task says so and shows the request. */
@Component("registerTaskListener")
class RegisterTaskListener implements TaskListener {

	private final ApplicationService applications;
	private final ApplicationViews views;

	RegisterTaskListener(ApplicationService applications, ApplicationViews views) {
		this.applications = applications;
		this.views = views;
	}

	@Override
	public void notify(DelegateTask task) {
		long id = ApplicationsProcess.applicationId(task);
		Application application = applications.get(id);
		Due due = applications.registrationDue(id);
		views.present(task, application, due.dueAt(),
				"期限：" + due.explanation() + "；需要补正的，应在收到申请之日起7个工作日内一次性告知（条例第三十条）",
				ApplicationsProcess.REGISTER_FIELDS);
	}

}
