package cn.gongkai.process.enforcement;

/**
 * Everything the code knows about {@code bpmn/enforcement.bpmn}: a formed result opens its obligation, which
 * {@code fulfil-obligation} fulfils. The schedule's twice-monthly updates of the type start {@code fulfil-obligation}
 * directly.
 */
public final class EnforcementProcess {

	public static final String KEY = "enforcement";
	public static final String START_EVENT = "Start_ResultFormed";
	public static final String TASK_OPEN_RESULT_OBLIGATION = "Task_OpenResultObligation";
	public static final String CALL_ACTIVITY_FULFIL = "CallActivity_Fulfil";
	public static final String END_DONE = "End_Done";

	/** Fields of {@code forms/enforcement-result.form}. */
	public static final String VAR_TITLE = "title";
	public static final String VAR_FORMED_ON = "formedOn";


	private EnforcementProcess() {
	}

}
