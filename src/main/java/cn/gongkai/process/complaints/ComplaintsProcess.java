package cn.gongkai.process.complaints;

import cn.gongkai.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Everything the code knows about {@code bpmn/complaints.bpmn}: registration and handling of a case, then the
 * obligation to publish its result, which {@code fulfil-obligation} fulfils.
 */
public final class ComplaintsProcess {

	public static final String KEY = "complaints";
	public static final String START_EVENT = "Start_ComplaintReceived";
	public static final String TASK_REGISTER_COMPLAINT = "Task_RegisterComplaint";
	public static final String TASK_HANDLE_COMPLAINT = "Task_HandleComplaint";
	public static final String TASK_OPEN_RESULT_OBLIGATION = "Task_OpenResultObligation";
	public static final String CALL_ACTIVITY_FULFIL = "CallActivity_Fulfil";
	public static final String END_DONE = "End_Done";
	/** The public channel (在线举报): a report arrives and 信访处 hands it to a unit. */
	public static final String START_REPORTED = "Start_Reported";
	public static final String TASK_DISPATCH_REPORT = "Task_DispatchReport";
	public static final String MESSAGE_REPORTED = "complaints-reported";
	public static final String VAR_REPORT_ID = "reportId";

	/** Fields of {@code forms/complaint-register.form}. */
	public static final String VAR_TITLE = "complaintTitle";
	public static final String VAR_HANDLING_UNIT = "handlingUnit";
	/** Field of {@code forms/complaint-conclude.form}. */
	public static final String VAR_CONCLUDED_ON = "concludedOn";

	static final String REGISTRAR_UNIT = "xinfang";

	/** The public report a case came from; null for a case 信访处 registered. */
	public static Long reportId(VariableScope scope) {
		return ProcessVariables.number(scope, VAR_REPORT_ID);
	}

	public static String title(VariableScope scope) {
		return ProcessVariables.text(scope, VAR_TITLE);
	}

	/** The unit that handles the case, once 信访处's choice has been checked. */
	public static String handlingUnit(VariableScope scope) {
		return ProcessVariables.text(scope, VAR_HANDLING_UNIT);
	}

	private ComplaintsProcess() {
	}

}
