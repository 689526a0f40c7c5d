package cn.gongkai.process.launchplan;

import cn.gongkai.obligation.LaunchMilestone;
import cn.gongkai.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Everything the code knows about {@code bpmn/launch-plan.bpmn}. */
public final class LaunchPlanProcess {

	public static final String KEY = "launch-plan";
	public static final String START_EVENT = "Start_PlanStarted";
	public static final String TASK_OPEN_LAUNCH_PLAN = "Task_OpenLaunchPlan";
	public static final String TASK_DIVISION_OF_WORK = "Task_DivisionOfWork";
	public static final String TASK_COLUMN_LAYOUT = "Task_ColumnLayout";
	public static final String TASK_DATA_COMPLETE = "Task_DataComplete";
	public static final String TASK_CITY_SITE = "Task_CitySite";
	public static final String END_PLAN_DONE = "End_PlanDone";

	/** Field of {@code forms/launch-plan-start.form}. */
	public static final String VAR_PLAN_YEAR = "planYear";
	/** Input of each milestone task and its miss step. */
	public static final String VAR_MILESTONE = "milestone";
	/** Element variable of the data-complete step, one per responsible unit. */
	public static final String VAR_UNIT_ID = "unitId";
	/** Field of {@code forms/launch-milestone.form}. */
	public static final String VAR_NOTE = "milestoneNote";

	/** The plan's year, once the start form's value has been checked. */
	public static int planYear(VariableScope scope) {
		return ProcessVariables.required(ProcessVariables.integer(scope, VAR_PLAN_YEAR), VAR_PLAN_YEAR);
	}

	private LaunchPlanProcess() {
	}

	/** The timer of a milestone task, for example {@code Timer_DivisionOfWorkDue}. */
	public static String timerOf(String taskId) {
		return "Timer_" + taskId.substring("Task_".length()) + "Due";
	}

	static LaunchMilestone milestone(Object value) {
		return LaunchMilestone.valueOf(String.valueOf(value));
	}

}
