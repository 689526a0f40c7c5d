package cn.gongkai.process.supervision;

/** Everything the code knows about {@code bpmn/supervision-notice.bpmn}. */
public final class SupervisionNoticeProcess {

	public static final String KEY = "supervision-notice";
	public static final String START_EVENT = "Start_NoticeDrafted";
	public static final String TASK_EDIT_DRAFT = "Task_EditDraft";
	public static final String CALL_ACTIVITY_REVIEW = "CallActivity_Review";
	public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
	public static final String END_DONE = "End_Done";

	static final String SECTION = "supervision-notices";
	static final String OFFICE = "office";

	private SupervisionNoticeProcess() {
	}

}
