package cn.gongkai.process.applications;

import cn.gongkai.application.ApplicationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("sendAnswerDelegate")
class SendAnswerDelegate implements JavaDelegate {

	private final ApplicationService applications;

	SendAnswerDelegate(ApplicationService applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		applications.sendAnswer(ApplicationsProcess.applicationId(execution));
	}

}
