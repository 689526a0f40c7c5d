package cn.gongkai.process.applications;

import cn.gongkai.application.ApplicationRefusedException;
import cn.gongkai.application.ApplicationService;
import cn.gongkai.process.Refusals;
import cn.gongkai.process.obligation.ObligationProcess;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The office's decision: assign to the unit that holds the information (receipt confirmed, the answer period
 * starts), or ask once for a correction. The unit and the obligation the later steps route by are read back from
 * the application's row, not from the form.
 */
@Component("registerApplicationListener")
class RegisterApplicationListener implements TaskListener {

	private final ApplicationService applications;

	RegisterApplicationListener(ApplicationService applications) {
		this.applications = applications;
	}

	@Override
	public void notify(DelegateTask task) {
		long id = ApplicationsProcess.applicationId(task);
		Object decision = task.getVariable(ApplicationsProcess.VAR_REGISTER_DECISION);
		try {
			if (ApplicationsProcess.ASSIGN.equals(decision)) {
				Object unit = task.getVariable(ApplicationsProcess.VAR_HANDLING_UNIT);
				applications.assign(id, unit == null ? null : unit.toString());
				var assigned = applications.get(id);
				task.setVariable(ApplicationsProcess.VAR_UNIT_ID, assigned.unitId());
				task.setVariable(ObligationProcess.VAR_OBLIGATION_ID, assigned.obligationId());
			}
			else if (ApplicationsProcess.CORRECT.equals(decision)) {
				String matters = Refusals.text(task, ApplicationsProcess.VAR_CORRECTION_MATTERS, "需要补正的事项", 2000);
				applications.requestCorrection(id, matters, ApplicationsProcess.wholeNumber(
						task.getVariable(ApplicationsProcess.VAR_CORRECTION_DAYS), 1, 30, "请填写补正期限：1 至 30 个工作日"));
			}
			else {
				throw Refusals.refuse("请选择办理方式：交办承办单位或告知补正");
			}
		}
		catch (ApplicationRefusedException ex) {
			throw Refusals.refuse(ex.getMessage());
		}
	}

}
