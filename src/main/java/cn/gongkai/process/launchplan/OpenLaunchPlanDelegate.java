package cn.gongkai.process.launchplan;

import java.util.List;

import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.Actors;
import cn.gongkai.process.Refusals;
import cn.gongkai.process.obligation.ObligationProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The office starts the launch plan of a year: every milestone opens as an obligation of its units. */
@Component("openLaunchPlanDelegate")
class OpenLaunchPlanDelegate implements JavaDelegate {

	private final ObligationService obligations;

	OpenLaunchPlanDelegate(ObligationService obligations) {
		this.obligations = obligations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Actors.drafterUnit(execution, ObligationProcess.initiator(execution), List.of("office"),
				"只有办公室的责任人可以启动专栏建设工作安排");
		Object value = execution.getVariable(LaunchPlanProcess.VAR_PLAN_YEAR);
		if (!(value instanceof Number number) || number.doubleValue() != number.intValue() || number.intValue() < 2015
				|| number.intValue() > 2100) {
			throw Refusals.refuse("请填写年度（2015 至 2100 之间的整数）");
		}
		int year = number.intValue();
		if (obligations.openLaunchPlan(year, execution.getProcessInstanceId()).isEmpty()) {
			throw Refusals.refuse(year + " 年度的专栏建设工作安排已经启动过，不能重复启动");
		}
		execution.setVariable(LaunchPlanProcess.VAR_PLAN_YEAR, year);
	}

}
