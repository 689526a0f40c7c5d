package cn.gongkai.process.obligation;

/** Everything the code knows about {@code bpmn/disclosure-schedule.bpmn}. */
public final class DisclosureScheduleProcess {

	public static final String KEY = "disclosure-schedule";
	public static final String START_EVENT = "Start_Hourly";
	public static final String TASK_OPEN_DUE_OBLIGATIONS = "Task_OpenDueObligations";
	public static final String END_CHECKED = "End_Checked";

	private DisclosureScheduleProcess() {
	}

}
