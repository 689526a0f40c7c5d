package cn.gongkai.process.applications;

import java.util.List;
import java.util.Set;

import cn.gongkai.process.ProcessVariables;
import cn.gongkai.process.Refusals;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Everything the code knows about {@code bpmn/applications.bpmn}: an application for government information from
 * receipt to the letter sent (docs/design.md §9). The application lives in the application's own tables; the
 * instance holds its id and the decisions of its forms.
 */
public final class ApplicationsProcess {

	public static final String KEY = "applications";
	public static final String MESSAGE_RECEIVED = "applications-received";
	public static final String MESSAGE_CORRECTED = "applications-corrected";

	public static final String START_RECEIVED = "Start_Received";
	public static final String TASK_REGISTER = "Task_Register";
	public static final String GATEWAY_REGISTER_DECISION = "Gateway_RegisterDecision";
	public static final String GATEWAY_AWAIT_CORRECTION = "Gateway_AwaitCorrection";
	public static final String EVENT_CORRECTED = "Event_Corrected";
	public static final String TIMER_CORRECTION_DUE = "Timer_CorrectionDue";
	public static final String TASK_TREAT_AS_WITHDRAWN = "Task_TreatAsWithdrawn";
	public static final String END_WITHDRAWN = "End_Withdrawn";
	public static final String SUB_PROCESS_ANSWER = "SubProcess_Answer";
	public static final String TASK_HANDLE = "Task_Handle";
	public static final String GATEWAY_HANDLING_ACTION = "Gateway_HandlingAction";
	public static final String TASK_APPROVE_EXTENSION = "Task_ApproveExtension";
	public static final String TASK_RECORD_OPINION = "Task_RecordOpinion";
	public static final String CALL_ACTIVITY_REVIEW = "CallActivity_Review";
	public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
	public static final String TASK_SEND_ANSWER = "Task_SendAnswer";
	public static final String TIMER_ANSWER_DUE = "Timer_AnswerDue";
	public static final String TASK_RECORD_MISS = "Task_RecordMiss";
	public static final String END_ANSWERED = "End_Answered";

	/** Set when the instance starts; the business key is the same id. */
	public static final String VAR_APPLICATION_ID = "applicationId";
	/** Read from the application's row once it is assigned: the unit whose drafters handle it. */
	public static final String VAR_UNIT_ID = "unitId";
	/** What the office decides at {@link #TASK_REGISTER} ({@link #VAR_REGISTER_DECISION}). */
	public enum RegisterDecision {
		ASSIGN, CORRECT
	}

	/** What the unit does at {@link #TASK_HANDLE} ({@link #VAR_HANDLING_ACTION}). */
	public enum HandlingAction {
		ANSWER, EXTEND, CONSULT
	}

	/** What the office head decides at {@link #TASK_APPROVE_EXTENSION} ({@link #VAR_EXTENSION_DECISION}). */
	public enum ExtensionDecision {
		APPROVE, REFUSE
	}

	public static final String ASSIGN = RegisterDecision.ASSIGN.name();
	public static final String CORRECT = RegisterDecision.CORRECT.name();
	public static final String ANSWER = HandlingAction.ANSWER.name();
	public static final String EXTEND = HandlingAction.EXTEND.name();
	public static final String CONSULT = HandlingAction.CONSULT.name();
	public static final String APPROVE = ExtensionDecision.APPROVE.name();
	public static final String REFUSE = ExtensionDecision.REFUSE.name();

	/** Fields of {@code forms/application-register.form}. */
	public static final String VAR_REGISTER_DECISION = "registerDecision";
	public static final String VAR_HANDLING_UNIT = "handlingUnit";
	public static final String VAR_CORRECTION_MATTERS = "correctionMatters";
	public static final String VAR_CORRECTION_DAYS = "correctionDays";
	/** Fields of {@code forms/application-answer.form}. */
	public static final String VAR_HANDLING_ACTION = "handlingAction";
	public static final String VAR_ANSWER_TYPE = "answerType";
	public static final String VAR_WITHHOLD_GROUND = "withholdGround";
	public static final String VAR_ANSWER_EXPLANATION = "answerExplanation";
	public static final String VAR_OTHER_BODY = "otherBody";
	public static final String VAR_EXTENSION_REASON = "extensionReason";
	public static final String VAR_THIRD_PARTY = "thirdParty";
	public static final String VAR_CONSULT_MATTERS = "consultMatters";
	/** Fields of {@code forms/application-extension.form}. */
	public static final String VAR_EXTENSION_DECISION = "extensionDecision";
	public static final String VAR_EXTENSION_DAYS = "extensionDays";
	/** Field of {@code forms/application-opinion.form}. */
	public static final String VAR_THIRD_PARTY_OPINION = "thirdPartyOpinion";
	/** Set by the system when the unit asks for an extension: who asked, so that the approver is someone else. */
	public static final String VAR_EXTENSION_REQUESTED_BY = "extensionRequestedBy";
	/** Read-only in the forms, given as they are read: what the task is about, without the applicant's identity. */
	public static final String VIEW_APPLICATION = "applicationView";
	/** The forms of the application's tasks, each showing {@link #VIEW_APPLICATION}. */
	public static final Set<String> FORMS = Set.of("application-register", "application-answer", "application-extension",
			"application-opinion");
	/** Task-local in the unit's task: the answer's record, whose page takes the files to release. */
	public static final String VIEW_ANSWER_RECORD = "answerRecordId";

	/** The fields each form sets, cleared when its task opens again, so that an empty completion repeats nothing. */
	static final List<String> REGISTER_FIELDS = List.of(VAR_REGISTER_DECISION, VAR_HANDLING_UNIT,
			VAR_CORRECTION_MATTERS, VAR_CORRECTION_DAYS);
	static final List<String> HANDLE_FIELDS = List.of(VAR_HANDLING_ACTION, VAR_ANSWER_TYPE, VAR_WITHHOLD_GROUND,
			VAR_ANSWER_EXPLANATION, VAR_OTHER_BODY, VAR_EXTENSION_REASON, VAR_THIRD_PARTY, VAR_CONSULT_MATTERS,
			VAR_EXTENSION_REQUESTED_BY);
	static final List<String> EXTENSION_FIELDS = List.of(VAR_EXTENSION_DECISION, VAR_EXTENSION_DAYS);
	static final List<String> OPINION_FIELDS = List.of(VAR_THIRD_PARTY_OPINION);

	private ApplicationsProcess() {
	}

	public static long applicationId(VariableScope scope) {
		return ProcessVariables.required(ProcessVariables.number(scope, VAR_APPLICATION_ID), VAR_APPLICATION_ID);
	}

	/** A whole number a form sent, refused unless it is one within [{@code min}, {@code max}]. */
	static int wholeNumber(Object value, int min, int max, String refusal) {
		if (value instanceof Number number && !(value instanceof Double d && (d.isNaN() || d.isInfinite()))
				&& number.doubleValue() == Math.rint(number.doubleValue()) && number.doubleValue() >= min
				&& number.doubleValue() <= max) {
			return number.intValue();
		}
		throw Refusals.refuse(refusal);
	}

	public static String text(VariableScope scope, String name) {
		Object value = scope.getVariable(name);
		return value == null ? null : value.toString();
	}

}
