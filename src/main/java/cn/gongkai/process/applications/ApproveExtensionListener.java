package cn.gongkai.process.applications;

import cn.gongkai.application.ApplicationRefusedException;
import cn.gongkai.application.ApplicationService;
import cn.gongkai.process.Actors;
import cn.gongkai.process.ProcessVariables;
import cn.gongkai.process.Refusals;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The office head approves (recorded, the applicant told at once, the due time moved) or refuses. An approval after
 * the first period has ended is refused: the law asks for it before.
 */
@Component("approveExtensionListener")
class ApproveExtensionListener implements TaskListener {

	private final ApplicationService applications;

	ApproveExtensionListener(ApplicationService applications) {
		this.applications = applications;
	}

	@Override
	public void notify(DelegateTask task) {
		Object decision = task.getVariable(ApplicationsProcess.VAR_EXTENSION_DECISION);
		if (ApplicationsProcess.REFUSE.equals(decision)) {
			return;
		}
		if (!ApplicationsProcess.APPROVE.equals(decision)) {
			throw Refusals.refuse("请选择是否同意延期");
		}
		int days = ApplicationsProcess.wholeNumber(task.getVariable(ApplicationsProcess.VAR_EXTENSION_DAYS), 1, 20,
				"延长的期限应为 1 至 20 个工作日");
		String approver = Actors.actingUser(task);
		if (approver == null) {
			throw Refusals.refuse("请先登录");
		}
		try {
			applications.approveExtension(ApplicationsProcess.applicationId(task), days,
					ApplicationsProcess.text(task, ApplicationsProcess.VAR_EXTENSION_REASON),
					ProcessVariables.required(ProcessVariables.text(task, ApplicationsProcess.VAR_EXTENSION_REQUESTED_BY),
							ApplicationsProcess.VAR_EXTENSION_REQUESTED_BY),
					approver);
		}
		catch (ApplicationRefusedException ex) {
			throw Refusals.refuse(ex.getMessage());
		}
	}

}
