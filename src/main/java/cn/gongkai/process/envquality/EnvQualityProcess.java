package cn.gongkai.process.envquality;

/** Everything the code knows about {@code bpmn/env-quality.bpmn}. */
public final class EnvQualityProcess {

	public static final String KEY = "env-quality";
	public static final String START_FORM_ID = "env-quality-start";

	public static final String START_EVENT = "StartEvent_RecordStarted";
	public static final String TASK_CREATE_DRAFT = "Task_CreateDraft";
	public static final String TASK_EDIT_DRAFT = "Task_EditDraft";
	public static final String CALL_ACTIVITY_REVIEW = "CallActivity_Review";
	public static final String GATEWAY_REVIEW_OUTCOME = "Gateway_ReviewOutcome";
	public static final String END_PUBLISHED = "End_Published";
	public static final String END_WITHHELD = "End_Withheld";

	public static final String VAR_INITIATOR = "initiator";
	/** Start-form fields; consumed by {@link CreateDraftDelegate}. */
	public static final String VAR_SUBTYPE = "subtype";
	public static final String VAR_TITLE = "title";

	/** The three parts of 空气和水环境质量 and the column section (in catalogue.json) each is published to. */
	public enum Subtype {

		AIR("air-quality"), WATER("water-quality"), DRINKING_WATER("drinking-water");

		private final String sectionKey;

		Subtype(String sectionKey) {
			this.sectionKey = sectionKey;
		}

		public String sectionKey() {
			return sectionKey;
		}

	}

	private EnvQualityProcess() {
	}

}
