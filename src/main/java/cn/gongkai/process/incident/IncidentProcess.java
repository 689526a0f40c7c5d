package cn.gongkai.process.incident;

/**
 * What {@code bpmn/incident.bpmn} adds: three stages, each an obligation with the shared elements suffixed
 * ({@code Task_EditDraftFirstRelease}, {@code Task_EditDraftUpdate}, {@code Task_EditDraftInvestigation}).
 */
public final class IncidentProcess {

	public static final String KEY = "incident";
	public static final String START_EVENT = "Start_IncidentRegistered";
	public static final String TASK_OPEN_FIRST_RELEASE = "Task_OpenFirstRelease";
	public static final String SUB_PROCESS_ONGOING = "SubProcess_Ongoing";
	public static final String TASK_OPEN_UPDATE = "Task_OpenUpdate";
	public static final String TASK_CONCLUDE_INCIDENT = "Task_ConcludeIncident";
	public static final String END_INCIDENT_CONCLUDED = "End_IncidentConcluded";
	public static final String TASK_STOP_UPDATES = "Task_StopUpdates";
	public static final String TASK_CONCLUDE_INVESTIGATION = "Task_ConcludeInvestigation";
	public static final String TASK_OPEN_INVESTIGATION = "Task_OpenInvestigation";
	public static final String END_DONE = "End_Done";

	public static final String FIRST_RELEASE = "FirstRelease";
	public static final String UPDATE = "Update";
	public static final String INVESTIGATION = "Investigation";

	/** Field of {@code forms/incident-register.form}. */
	public static final String VAR_TITLE = "incidentTitle";
	/** Field of {@code forms/incident-conclude.form}. */
	public static final String VAR_ENDED = "incidentEnded";
	/** Field of {@code forms/investigation-conclude.form}. */
	public static final String VAR_CONCLUDED_ON = "concludedOn";
	/** Set by the process: when the incident was registered, and how many updates have opened. */
	public static final String VAR_REGISTERED_AT = "registeredAt";
	public static final String VAR_UPDATE_COUNT = "updateCount";

	static final String UNIT = "yingji";
	static final int FIRST_RELEASE_HOURS = 1;
	static final int UPDATE_HOURS = 24;
	static final int INVESTIGATION_WORKING_DAYS = 20;

	private IncidentProcess() {
	}

	/** The id of a shared obligation element in one stage, for example {@code Task_EditDraft} + {@code Update}. */
	public static String inStage(String sharedId, String stage) {
		return sharedId + stage;
	}

}
