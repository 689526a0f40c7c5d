package cn.gongkai.process.launchplan;

import cn.gongkai.obligation.LaunchMilestone;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.obligation.ObligationStatus;
import cn.gongkai.process.Refusals;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A unit reports its milestone done, with a short account of what was done. */
@Component("completeMilestoneListener")
class CompleteMilestoneListener implements TaskListener {

	private final ObligationService obligations;

	CompleteMilestoneListener(ObligationService obligations) {
		this.obligations = obligations;
	}

	@Override
	public void notify(DelegateTask task) {
		String note = Refusals.text(task, LaunchPlanProcess.VAR_NOTE, "完成情况", 200);
		LaunchMilestone milestone = LaunchPlanProcess.milestone(task.getVariable(LaunchPlanProcess.VAR_MILESTONE));
		int year = LaunchPlanProcess.planYear(task);
		// Only the data step runs once per unit; the others belong to their lead unit.
		Object unit = task.getVariable(LaunchPlanProcess.VAR_UNIT_ID);
		String unitId = unit != null ? unit.toString() : milestone.units(obligations.responsibleUnits()).get(0);
		obligations.findLaunchMilestone(year, milestone, unitId)
			.ifPresent(o -> obligations.close(o.id(), ObligationStatus.DONE, note));
		task.getExecution().removeVariable(LaunchPlanProcess.VAR_NOTE);
	}

}
