package cn.gongkai.process.applications;


import cn.gongkai.application.Application;
import cn.gongkai.application.ApplicationService;
import cn.gongkai.obligation.Due;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The unit records the third party's opinion, due when the third party's 15 working days end. */
@Component("opinionTaskListener")
class OpinionTaskListener implements TaskListener {

	private final ApplicationService applications;
	private final ApplicationViews views;

	OpinionTaskListener(ApplicationService applications, ApplicationViews views) {
		this.applications = applications;
		this.views = views;
	}

	@Override
	public void notify(DelegateTask task) {
		long id = ApplicationsProcess.applicationId(task);
		Application application = applications.get(id);
		Due due = applications.opinionDue(id)
			.orElseThrow(() -> new IllegalStateException("Application " + id + " consults nobody"));
		views.present(task, application, due.dueAt(),
				due.explanation() + "；征求意见期间不计入答复期限，登记意见后答复期限继续计算", ApplicationsProcess.OPINION_FIELDS);
	}

}
