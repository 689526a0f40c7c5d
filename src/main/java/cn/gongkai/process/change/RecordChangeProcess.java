package cn.gongkai.process.change;

import cn.gongkai.record.ChangeKind;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The {@code record-change} process: a unit's correction or retraction of a record already on the column goes
 * through the same graded and secrecy review as the record did.
 */
public final class RecordChangeProcess {

	public static final String KEY = "record-change";

	public static final String START = "Start_ChangeRequested";
	public static final String GATEWAY_CHANGE_KIND = "Gateway_ChangeKind";
	public static final String TASK_EDIT_CORRECTION = "Task_EditCorrection";
	public static final String CALL_REVIEW = "CallActivity_Review";
	public static final String TASK_REVISE_RETRACTION = "Task_ReviseRetraction";
	public static final String TASK_CANCEL_CHANGE = "Task_CancelChange";
	public static final String EVENT_CORRECTION_GIVEN_UP = "Event_CorrectionGivenUp";
	/** The unit gives up a correction it is still editing. */
	public static final String MESSAGE_GIVE_UP = "record-change-give-up";
	public static final String END_DECIDED = "End_Decided";
	public static final String END_CANCELLED = "End_Cancelled";

	public static final String VAR_CHANGE_KIND = "changeKind";
	/** Set on completing {@link #TASK_REVISE_RETRACTION}: the unit gives its request up. */
	public static final String VAR_CANCEL_REQUEST = "cancelRequest";
	/** Form fields of {@link #TASK_REVISE_RETRACTION}, local to the task. */
	public static final String VAR_RETRACTION_REASON = "retractionReason";
	public static final String VAR_RETURN_COMMENT = "returnComment";

	private RecordChangeProcess() {
	}

	public static ChangeKind changeKind(VariableScope scope) {
		return ChangeKind.valueOf((String) scope.getVariable(VAR_CHANGE_KIND));
	}

}
