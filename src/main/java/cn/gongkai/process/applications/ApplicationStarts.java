package cn.gongkai.process.applications;

import cn.gongkai.application.ApplicationCorrected;
import cn.gongkai.application.ApplicationReceived;
import cn.gongkai.application.ApplicationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An application starts its handling, and a correction moves it on, in the transaction that stores it. */
@Component
class ApplicationStarts {

	private final RuntimeService runtimeService;
	private final ApplicationService applications;

	ApplicationStarts(RuntimeService runtimeService, ApplicationService applications) {
		this.runtimeService = runtimeService;
		this.applications = applications;
	}

	@EventListener
	void received(ApplicationReceived event) {
		ProcessInstance instance = runtimeService.createMessageCorrelation(ApplicationsProcess.MESSAGE_RECEIVED)
			.processInstanceBusinessKey(String.valueOf(event.applicationId()))
			.setVariable(ApplicationsProcess.VAR_APPLICATION_ID, event.applicationId())
			.correlateStartMessage();
		applications.attachProcess(event.applicationId(), instance.getId());
	}

	@EventListener
	void corrected(ApplicationCorrected event) {
		runtimeService.createMessageCorrelation(ApplicationsProcess.MESSAGE_CORRECTED)
			.processInstanceBusinessKey(String.valueOf(event.applicationId()))
			.correlate();
	}

}
