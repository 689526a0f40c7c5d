package cn.gongkai.process.applications;

import cn.gongkai.application.ApplicationRefusedException;
import cn.gongkai.application.ApplicationService;
import cn.gongkai.application.ThirdPartyOpinion;
import cn.gongkai.process.Refusals;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The third party's opinion is recorded (or its silence after 15 working days): the answer period runs again. */
@Component("recordOpinionListener")
class RecordOpinionListener implements TaskListener {

	private final ApplicationService applications;

	RecordOpinionListener(ApplicationService applications) {
		this.applications = applications;
	}

	@Override
	public void notify(DelegateTask task) {
		ThirdPartyOpinion opinion = Refusals.parse(ThirdPartyOpinion.class,
				task.getVariable(ApplicationsProcess.VAR_THIRD_PARTY_OPINION), "第三方意见");
		try {
			applications.endConsultation(ApplicationsProcess.applicationId(task), opinion);
		}
		catch (ApplicationRefusedException ex) {
			throw Refusals.refuse(ex.getMessage());
		}
	}

}
