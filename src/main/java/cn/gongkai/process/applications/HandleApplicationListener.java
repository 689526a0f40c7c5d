package cn.gongkai.process.applications;

import cn.gongkai.application.ApplicationRefusedException;
import cn.gongkai.application.ApplicationService;
import cn.gongkai.process.Actors;
import cn.gongkai.process.Refusals;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The unit answers (its letter goes to review), asks for an extension (the office head decides) or consults a
 * third party (the clock stops). Each is checked by the application's rules before the task may complete.
 */
@Component("handleApplicationListener")
class HandleApplicationListener implements TaskListener {

	private final ApplicationService applications;

	HandleApplicationListener(ApplicationService applications) {
		this.applications = applications;
	}

	@Override
	public void notify(DelegateTask task) {
		long id = ApplicationsProcess.applicationId(task);
		Object action = task.getVariable(ApplicationsProcess.VAR_HANDLING_ACTION);
		try {
			if (ApplicationsProcess.ANSWER.equals(action)) {
				applications.proposeAnswer(id, ApplicationsProcess.text(task, ApplicationsProcess.VAR_ANSWER_TYPE),
						ApplicationsProcess.text(task, ApplicationsProcess.VAR_WITHHOLD_GROUND),
						ApplicationsProcess.text(task, ApplicationsProcess.VAR_ANSWER_EXPLANATION),
						ApplicationsProcess.text(task, ApplicationsProcess.VAR_OTHER_BODY), actor(task));
			}
			else if (ApplicationsProcess.EXTEND.equals(action)) {
				applications.checkExtensionRequest(id, ApplicationsProcess.text(task, ApplicationsProcess.VAR_EXTENSION_REASON));
				task.setVariable(ApplicationsProcess.VAR_EXTENSION_REQUESTED_BY, actor(task));
			}
			else if (ApplicationsProcess.CONSULT.equals(action)) {
				applications.startConsultation(id, ApplicationsProcess.text(task, ApplicationsProcess.VAR_THIRD_PARTY),
						ApplicationsProcess.text(task, ApplicationsProcess.VAR_CONSULT_MATTERS), actor(task));
			}
			else {
				throw Refusals.refuse("请选择办理方式：拟定答复、申请延期或征求第三方意见");
			}
		}
		catch (ApplicationRefusedException ex) {
			throw Refusals.refuse(ex.getMessage());
		}
	}

	private static String actor(DelegateTask task) {
		String user = Actors.actingUser(task);
		if (user == null) {
			throw Refusals.refuse("请先登录");
		}
		return user;
	}

}
