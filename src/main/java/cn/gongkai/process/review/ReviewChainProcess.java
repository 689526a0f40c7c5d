package cn.gongkai.process.review;

import java.util.Map;

import cn.gongkai.process.ProcessVariables;
import cn.gongkai.record.ReviewLevel;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Everything the code knows about {@code bpmn/review-chain.bpmn}: its key, its element ids and its variables. The
 * model test holds these constants and the diagram together.
 */
public final class ReviewChainProcess {

	public static final String KEY = "review-chain";
	public static final String GRADE_DECISION_KEY = "review-grade";

	public static final String TASK_DETERMINE_GRADE = "Task_DetermineGrade";
	public static final String TASK_UNIT_HEAD_REVIEW = "Task_UnitHeadReview";
	public static final String TASK_LEADER_REVIEW = "Task_LeaderReview";
	public static final String TASK_CHIEF_REVIEW = "Task_ChiefReview";
	/** An incident's release due within hours: leader and chief review at once (docs/design.md §4). */
	public static final String SUB_PROCESS_EXPEDITED_REVIEW = "SubProcess_ExpeditedReview";
	public static final String TASK_LEADER_REVIEW_EXPEDITED = "Task_LeaderReviewExpedited";
	public static final String TASK_CHIEF_REVIEW_EXPEDITED = "Task_ChiefReviewExpedited";
	public static final String EVENT_EXPEDITED_RETURNED = "Event_ExpeditedReturned";
	public static final String TASK_SECRECY_REVIEW = "Task_SecrecyReview";
	public static final String TASK_SECRECY_OFFICE_REVIEW = "Task_SecrecyOfficeReview";
	public static final String TASK_PUBLISH = "Task_Publish";
	public static final String TASK_WITHHOLD = "Task_Withhold";
	public static final String END_PUBLISHED = "End_Published";
	public static final String END_RETURNED = "End_Returned";
	public static final String END_REVISION_REQUESTED = "End_RevisionRequested";
	public static final String END_WITHHELD = "End_Withheld";

	/** Passed in by every calling process, with the record id as business key. */
	public static final String VAR_RECORD_ID = "recordId";
	/** Read from the record when the chain starts ({@code loadReviewFactsListener}); callers keep their own copies. */
	public static final String VAR_UNIT_ID = "unitId";
	public static final String VAR_TYPE_KEY = "typeKey";
	public static final String VAR_PERSONAL_INFO = "personalInfo";
	public static final String VAR_MAJOR_CONCERN = "majorConcern";
	/** Set inside the chain. */
	public static final String VAR_GRADE = "grade";
	/** Set when the chain starts: the record is an incident's release due within hours. */
	public static final String VAR_EXPEDITED = "expedited";
	public static final String VAR_REVIEW_DECISION = "reviewDecision";
	public static final String VAR_REVIEW_COMMENT = "reviewComment";
	public static final String VAR_SECRECY_OUTCOME = "secrecyOutcome";
	public static final String VAR_LEGAL_BASIS = "legalBasis";
	public static final String VAR_REVIEW_BASIS = "reviewBasis";
	public static final String VAR_REVIEW_CONCLUSION = "reviewConclusion";
	public static final String FORM_REVIEW_DECISION = "review-decision";
	public static final String FORM_SECRECY_REVIEW = "secrecy-review";
	public static final String FORM_SECRECY_OFFICE_REVIEW = "secrecy-office-review";
	/** The review forms' read-only view of the record: given with the form's variables, shown disabled, never submitted. */
	public static final String VIEW_TITLE = "reviewTitle";
	public static final String VIEW_SOURCE = "reviewSource";
	public static final String VIEW_CATALOGUE = "reviewCatalogue";
	public static final String VIEW_SUMMARY = "reviewSummary";
	public static final String VIEW_BODY = "reviewBody";
	public static final String VIEW_ATTACHMENTS = "reviewAttachments";
	public static final String VIEW_FLAGS = "reviewFlags";
	public static final String VIEW_HISTORY = "reviewHistory";
	/** An air-quality record's table in brief; absent for every other record, so the form hides the field. */
	public static final String VIEW_DATA = "reviewData";
	/** Handed back to the caller. */
	public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";

	/** How the chain ended, as the caller reads it from {@link #VAR_REVIEW_OUTCOME}. */
	public enum Outcome {
		PUBLISHED, RETURNED, REVISION_REQUESTED, WITHHELD
	}

	private static final Map<String, ReviewLevel> LEVELS = Map.of(TASK_UNIT_HEAD_REVIEW, ReviewLevel.UNIT_HEAD,
			TASK_LEADER_REVIEW, ReviewLevel.LEADER, TASK_CHIEF_REVIEW, ReviewLevel.CHIEF, TASK_LEADER_REVIEW_EXPEDITED,
			ReviewLevel.LEADER, TASK_CHIEF_REVIEW_EXPEDITED, ReviewLevel.CHIEF, TASK_SECRECY_REVIEW, ReviewLevel.SECRECY,
			TASK_SECRECY_OFFICE_REVIEW, ReviewLevel.SECRECY_OFFICE);

	private static final Map<String, Outcome> OUTCOMES = Map.of(END_PUBLISHED, Outcome.PUBLISHED, END_RETURNED,
			Outcome.RETURNED, END_REVISION_REQUESTED, Outcome.REVISION_REQUESTED, END_WITHHELD, Outcome.WITHHELD);

	private ReviewChainProcess() {
	}

	/**
	 * The review steps still ahead of a record at {@code taskDefinitionKey}, that one included, secrecy review last. In
	 * an expedited chain of grade 3, leader and chief review at once: one step.
	 */
	public static int stepsLeft(String taskDefinitionKey, int grade, boolean expedited) {
		int upper = (grade >= 2 ? 1 : 0) + (grade >= 3 && !expedited ? 1 : 0);
		return switch (taskDefinitionKey) {
			case TASK_UNIT_HEAD_REVIEW -> 1 + upper + 1;
			case TASK_LEADER_REVIEW -> 1 + (grade >= 3 ? 1 : 0) + 1;
			case TASK_CHIEF_REVIEW, TASK_LEADER_REVIEW_EXPEDITED, TASK_CHIEF_REVIEW_EXPEDITED -> 2;
			case TASK_SECRECY_REVIEW, TASK_SECRECY_OFFICE_REVIEW -> 1;
			default -> throw new IllegalStateException("Not a review task of " + KEY + ": " + taskDefinitionKey);
		};
	}

	/** The chain runs expedited; false in chains started before the expedited review existed. */
	public static boolean expedited(VariableScope scope) {
		return ProcessVariables.flag(scope, VAR_EXPEDITED);
	}

	public static int grade(VariableScope scope) {
		return ProcessVariables.required(ProcessVariables.integer(scope, VAR_GRADE), VAR_GRADE);
	}

	public static boolean isReviewTask(String taskDefinitionKey) {
		return LEVELS.containsKey(taskDefinitionKey);
	}

	public static ReviewLevel levelOf(String taskDefinitionKey) {
		ReviewLevel level = LEVELS.get(taskDefinitionKey);
		if (level == null) {
			throw new IllegalStateException("Not a review task of " + KEY + ": " + taskDefinitionKey);
		}
		return level;
	}

	public static Outcome outcomeOf(String endEventId) {
		Outcome outcome = OUTCOMES.get(endEventId);
		if (outcome == null) {
			throw new IllegalStateException("Not an end event of " + KEY + ": " + endEventId);
		}
		return outcome;
	}

	public static String unitId(VariableScope scope) {
		return ProcessVariables.required(ProcessVariables.text(scope, VAR_UNIT_ID), VAR_UNIT_ID);
	}

	public static String typeKey(VariableScope scope) {
		return ProcessVariables.required(ProcessVariables.text(scope, VAR_TYPE_KEY), VAR_TYPE_KEY);
	}

	/** How the review chain ended, as the caller received it. */
	public static Outcome outcome(VariableScope scope) {
		return Outcome.valueOf(ProcessVariables.required(ProcessVariables.text(scope, VAR_REVIEW_OUTCOME), VAR_REVIEW_OUTCOME));
	}

	public static long recordId(VariableScope scope) {
		Object value = scope.getVariable(VAR_RECORD_ID);
		if (!(value instanceof Number number)) {
			throw new IllegalStateException("Process variable " + VAR_RECORD_ID + " is missing");
		}
		return number.longValue();
	}

}
