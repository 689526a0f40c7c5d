package cn.gongkai.process.incident;

import cn.gongkai.process.ProcessVariables;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Everything the code knows about {@code bpmn/incident.bpmn}: three stages, each an obligation that one call of
 * {@code fulfil-obligation} fulfils. Instances of the version before that call hold each stage's elements themselves,
 * suffixed with the stage ({@code Task_EditDraftFirstRelease}); they finish on their version.
 */
public final class IncidentProcess {

	public static final String KEY = "incident";
	public static final String START_EVENT = "Start_IncidentRegistered";
	public static final String TASK_OPEN_FIRST_RELEASE = "Task_OpenFirstRelease";
	public static final String CALL_ACTIVITY_FULFIL_FIRST_RELEASE = "CallActivity_FulfilFirstRelease";
	public static final String SUB_PROCESS_ONGOING = "SubProcess_Ongoing";
	public static final String TASK_OPEN_UPDATE = "Task_OpenUpdate";
	public static final String CALL_ACTIVITY_FULFIL_UPDATE = "CallActivity_FulfilUpdate";
	public static final String TASK_CONCLUDE_INCIDENT = "Task_ConcludeIncident";
	public static final String END_INCIDENT_CONCLUDED = "End_IncidentConcluded";
	public static final String TASK_STOP_UPDATES = "Task_StopUpdates";
	public static final String TASK_CONCLUDE_INVESTIGATION = "Task_ConcludeInvestigation";
	public static final String TASK_OPEN_INVESTIGATION = "Task_OpenInvestigation";
	public static final String CALL_ACTIVITY_FULFIL_INVESTIGATION = "CallActivity_FulfilInvestigation";
	public static final String END_DONE = "End_Done";

	/** Field of {@code forms/incident-register.form}. */
	public static final String VAR_TITLE = "incidentTitle";
	/** Fields of {@code forms/incident-conclude.form}. */
	public static final String VAR_ENDED = "incidentEnded";
	/** The day the unit commits to conclude the investigation by; stored as the ISO day once checked. */
	public static final String VAR_INVESTIGATION_DUE_ON = "investigationDueOn";
	/** Field of {@code forms/investigation-conclude.form}. */
	public static final String VAR_CONCLUDED_ON = "concludedOn";
	/** Set by the process: when the incident was registered, and how many updates have opened. */
	public static final String VAR_REGISTERED_AT = "registeredAt";
	public static final String VAR_UPDATE_COUNT = "updateCount";

	static final String UNIT = "yingji";
	/** An update's stage in its obligation's occasion: {@code update-1}, {@code update-2}, … */
	static final String UPDATE_STAGE = "update-";
	static final int FIRST_RELEASE_HOURS = 1;
	static final int UPDATE_HOURS = 24;

	public static String title(VariableScope scope) {
		return ProcessVariables.text(scope, VAR_TITLE);
	}

	/** 登记事件结束 was ticked. */
	public static boolean ended(VariableScope scope) {
		return ProcessVariables.flag(scope, VAR_ENDED);
	}

	/** The investigation's committed day, as checked when the incident was concluded. */
	public static LocalDate investigationDueOn(VariableScope scope) {
		return LocalDate.parse(ProcessVariables.required(ProcessVariables.text(scope, VAR_INVESTIGATION_DUE_ON),
				VAR_INVESTIGATION_DUE_ON));
	}

	public static Date registeredAt(VariableScope scope) {
		return ProcessVariables.required(ProcessVariables.date(scope, VAR_REGISTERED_AT), VAR_REGISTERED_AT);
	}

	/** Updates published or opened so far. */
	public static int updateCount(VariableScope scope) {
		return ProcessVariables.required(ProcessVariables.integer(scope, VAR_UPDATE_COUNT), VAR_UPDATE_COUNT);
	}

	private IncidentProcess() {
	}

}
