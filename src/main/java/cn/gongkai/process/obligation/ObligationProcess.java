package cn.gongkai.process.obligation;

import cn.gongkai.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Everything the code knows about {@code bpmn/fulfil-obligation.bpmn}: one obligation drafted, reviewed through
 * {@code review-chain} and closed, with a timer at its due time. The schedule starts it for a scheduled obligation;
 * {@code enforcement}, {@code complaints} and {@code incident} call it for the obligations their events open.
 */
public final class ObligationProcess {

	public static final String KEY = "fulfil-obligation";
	public static final String START_OBLIGATION = "Start_Obligation";
	public static final String TASK_CREATE_DRAFT = "Task_CreateDraft";
	public static final String SUB_PROCESS_FULFIL = "SubProcess_Fulfil";
	public static final String TASK_EDIT_DRAFT = "Task_EditDraft";
	public static final String CALL_ACTIVITY_REVIEW = "CallActivity_Review";
	public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
	public static final String TIMER_OBLIGATION_DUE = "Timer_ObligationDue";
	public static final String TASK_RECORD_MISS = "Task_RecordMiss";
	public static final String END_MISS_RECORDED = "End_MissRecorded";
	public static final String TASK_CLOSE_OBLIGATION = "Task_CloseObligation";
	public static final String END_DONE = "End_Done";

	/** The obligation the instance answers; a calling process passes it in, with {@link #VAR_DRAFTER}. */
	public static final String VAR_OBLIGATION_ID = "obligationId";
	/**
	 * Who drafts: the initiator of an event, then whoever submitted last (passed back to the caller, so that an
	 * incident's next stage goes to the same person); unset for a scheduled obligation.
	 */
	public static final String VAR_DRAFTER = "drafter";
	public static final String VAR_INITIATOR = "initiator";

	private ObligationProcess() {
	}

	/** Who started the process (an event's registration); null for a scheduled one. */
	public static String initiator(VariableScope scope) {
		return ProcessVariables.text(scope, VAR_INITIATOR);
	}

	/** Who drafts now: the initiator, then whoever submitted last; null until a person does. */
	public static String drafter(VariableScope scope) {
		return ProcessVariables.text(scope, VAR_DRAFTER);
	}

	public static long obligationId(VariableScope scope) {
		Object value = scope.getVariable(VAR_OBLIGATION_ID);
		if (!(value instanceof Number number)) {
			throw new IllegalStateException("Process variable " + VAR_OBLIGATION_ID + " is missing");
		}
		return number.longValue();
	}

}
