package cn.gongkai.process.launchplan;

import cn.gongkai.obligation.LaunchMilestone;
import cn.gongkai.obligation.ObligationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A milestone's day passed: every unit that has not reported it done is recorded as late. */
@Component("recordMilestoneMissDelegate")
class RecordMilestoneMissDelegate implements JavaDelegate {

	private final ObligationService obligations;

	RecordMilestoneMissDelegate(ObligationService obligations) {
		this.obligations = obligations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		LaunchMilestone milestone = LaunchPlanProcess.milestone(execution.getVariable(LaunchPlanProcess.VAR_MILESTONE));
		int year = LaunchPlanProcess.planYear(execution);
		for (String unit : milestone.units(obligations.responsibleUnits())) {
			obligations.findLaunchMilestone(year, milestone, unit)
				.filter(o -> o.isOpen())
				.ifPresent(o -> obligations.recordMiss(o.id()));
		}
	}

}
