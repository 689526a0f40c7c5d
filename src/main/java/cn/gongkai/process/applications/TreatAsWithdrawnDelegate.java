package cn.gongkai.process.applications;

import cn.gongkai.application.ApplicationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("treatAsWithdrawnDelegate")
class TreatAsWithdrawnDelegate implements JavaDelegate {

	private final ApplicationService applications;

	TreatAsWithdrawnDelegate(ApplicationService applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		applications.treatAsWithdrawn(ApplicationsProcess.applicationId(execution));
	}

}
