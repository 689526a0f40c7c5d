package cn.gongkai.process.enforcement;

/** What {@code bpmn/enforcement.bpmn} adds to the shared obligation elements: the start by a formed result. */
public final class EnforcementProcess {

	public static final String KEY = "enforcement";
	public static final String START_EVENT = "Start_ResultFormed";
	public static final String TASK_OPEN_RESULT_OBLIGATION = "Task_OpenResultObligation";
	public static final String GATEWAY_OPENED = "Gateway_Opened";

	/** Fields of {@code forms/enforcement-result.form}. */
	public static final String VAR_TITLE = "title";
	public static final String VAR_FORMED_ON = "formedOn";


	private EnforcementProcess() {
	}

}
