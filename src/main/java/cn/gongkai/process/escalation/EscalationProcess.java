package cn.gongkai.process.escalation;

import cn.gongkai.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Everything the code knows about {@code bpmn/escalation.bpmn}: one instance watches one due time. */
public final class EscalationProcess {

	public static final String KEY = "escalation";
	public static final String START_EVENT = "Start_Watch";
	public static final String TASK_PLAN_NEXT_STEP = "Task_PlanNextStep";
	public static final String GATEWAY_HAS_NEXT_STEP = "Gateway_HasNextStep";
	public static final String TIMER_STEP_DUE = "Timer_StepDue";
	public static final String TASK_SEND_STEP = "Task_SendStep";
	public static final String END_DONE = "End_Done";

	/** {@code OBLIGATION} (an obligation's id) or {@code TASK} (a review task's id). */
	public static final String VAR_SUBJECT_KIND = "subjectKind";
	public static final String VAR_SUBJECT_ID = "subjectId";
	/** The planned step: its index in the ladder, its repetition, and its key ({@code DAILY-2}); null when done. */
	public static final String VAR_STEP_INDEX = "stepIndex";
	public static final String VAR_STEP_REPEAT = "stepRepeat";
	public static final String VAR_STEP = "step";
	/**
	 * The planned step's time has come: send it in the same job (the watch's start, or catching up after an outage). A
	 * watch runs only in jobs, never in a person's transaction ({@link EscalationStarts}).
	 */
	public static final String VAR_SEND_NOW = "sendNow";

	public static final String OBLIGATION = "OBLIGATION";
	public static final String TASK = "TASK";

	private EscalationProcess() {
	}

	public static String subjectKind(VariableScope scope) {
		return ProcessVariables.required(ProcessVariables.text(scope, VAR_SUBJECT_KIND), VAR_SUBJECT_KIND);
	}

	public static String subjectId(VariableScope scope) {
		return ProcessVariables.required(ProcessVariables.text(scope, VAR_SUBJECT_ID), VAR_SUBJECT_ID);
	}

	/** The planned step's index in the ladder; null before the first step is planned. */
	public static Integer stepIndex(VariableScope scope) {
		return ProcessVariables.integer(scope, VAR_STEP_INDEX);
	}

	public static Integer stepRepeat(VariableScope scope) {
		return ProcessVariables.integer(scope, VAR_STEP_REPEAT);
	}

	public static String step(VariableScope scope) {
		return ProcessVariables.text(scope, VAR_STEP);
	}

	/**
	 * The id of the job that starts the subject's watch when its first step falls due: one per subject, so that a moved
	 * due time finds it.
	 */
	public static String startJobId(String kind, String id) {
		return startJobId(businessKey(kind, id));
	}

	/** The id of the job that starts the watch of this business key. */
	public static String startJobId(String watchBusinessKey) {
		return KEY + ":" + watchBusinessKey;
	}

	/** The watch's business key, so that Cockpit and the code find the watch of a subject. */
	public static String businessKey(String kind, String id) {
		return kind + ":" + id;
	}

}
