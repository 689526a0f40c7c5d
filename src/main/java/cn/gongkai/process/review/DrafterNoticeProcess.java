package cn.gongkai.process.review;

import cn.gongkai.process.ProcessVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Everything the code knows about {@code bpmn/drafter-notice.bpmn}: one email to a drafter whose record came back. */
public final class DrafterNoticeProcess {

	public static final String KEY = "drafter-notice";
	public static final String START_EVENT = "Start_Returned";
	public static final String TASK_NOTIFY_DRAFTER = "Task_NotifyDrafter";
	public static final String END_NOTIFIED = "End_Notified";

	/** The record and the version that was returned: one email per return. */
	public static final String VAR_VERSION_NO = "versionNo";

	public static int versionNo(VariableScope scope) {
		return ProcessVariables.required(ProcessVariables.integer(scope, VAR_VERSION_NO), VAR_VERSION_NO);
	}

	private DrafterNoticeProcess() {
	}

}
