package cn.gongkai.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.PublishedRecords;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.RecordStatus;
import cn.gongkai.record.ReviewEntry;
import cn.gongkai.record.ReviewService;
import cn.gongkai.support.Desk;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.Staff;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of the shared review chain, driven through an env-quality obligation as the bureau's staff would drive it. */
@GongkaiTest
class ReviewChainProcessTest extends RunningApplication {

	static final String DRAFTER = "jianceDrafter";
	static final String HEAD = "jianceHead";
	static final String LEADER = "jianceLeader";
	static final String SECRECY = "jianceSecrecy";
	static final String CHIEF = "chief";
	static final String SECRECY_OFFICE = "secrecyOffice";

	@Autowired
	RecordService records;

	@Autowired
	ReviewService reviews;

	@Autowired
	PublishedRecords published;

	Staff staff;

	@BeforeEach
	void setUp() {
		BpmnAwareTests.init(engine);
		staff = new Staff(engine);
	}

	@AfterEach
	void tearDown() {
		BpmnAwareTests.reset();
	}

	/** A review is routed by its record: unit, type and the flags that raise the grade come from the table, not the caller. */
	@Test
	void theChainRoutesByItsRecordNotByWhatTheCallerPasses() {
		ProcessInstance pi = submitted(false, false);
		long recordId = recordId(pi);
		Map<String, Object> hostile = new HashMap<>();
		hostile.put(ReviewChainProcess.VAR_RECORD_ID, recordId);
		hostile.put(ReviewChainProcess.VAR_UNIT_ID, "zhidui");
		hostile.put(ReviewChainProcess.VAR_TYPE_KEY, "incident");
		hostile.put(ReviewChainProcess.VAR_MAJOR_CONCERN, true);
		ProcessInstance chain = engine.getRuntimeService()
			.startProcessInstanceByKey(ReviewChainProcess.KEY, String.valueOf(recordId), hostile);
		try {
			Map<String, Object> facts = engine.getRuntimeService().getVariables(chain.getId());
			assertThat(facts).containsEntry(ReviewChainProcess.VAR_UNIT_ID, "jiance")
				.containsEntry(ReviewChainProcess.VAR_TYPE_KEY, "env-quality")
				.containsEntry(ReviewChainProcess.VAR_MAJOR_CONCERN, false)
				.containsEntry(ReviewChainProcess.VAR_GRADE, 1);
			Task head = engine.getTaskService().createTaskQuery().processInstanceId(chain.getId()).singleResult();
			assertThat(engine.getTaskService().getIdentityLinksForTask(head.getId()))
				.extracting(link -> link.getGroupId())
				.containsExactly("jiance-unit-head");
		}
		finally {
			engine.getRuntimeService().deleteProcessInstance(chain.getId(), "test");
		}
	}

	/**
	 * The review form shows the record read-only, read from the record's tables with the form's variables and never
	 * stored on the task; what it shows cannot be sent back as the reviewer's input.
	 */
	@Test
	void theReviewFormShowsTheRecordAndItsHistoryButTakesOnlyTheDecision() {
		ProcessInstance pi = submitted(true, false);
		long recordId = recordId(pi);
		Task head = reviewTask(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW);
		Map<String, Object> view = staff.as(HEAD, () -> engine.getFormService().getTaskFormVariables(head.getId()));
		assertThat(view).containsEntry(ReviewChainProcess.VIEW_TITLE, records.get(recordId).title());
		assertThat((String) view.get(ReviewChainProcess.VIEW_SOURCE)).contains("监测处").contains("第 1 稿")
			.as("the drafter by name, though the reviewer may not look colleagues up").contains(nameOf(DRAFTER));
		assertThat(view).containsEntry(ReviewChainProcess.VIEW_BODY, records.get(recordId).body());
		assertThat((String) view.get(ReviewChainProcess.VIEW_FLAGS)).contains("涉及个人信息：是").contains("审核等级：2 级");
		assertThat(view).containsEntry(ReviewChainProcess.VIEW_HISTORY, "尚无审核记录。");
		assertThatThrownBy(() -> staff.as("zhiduiHead", () -> engine.getFormService().getTaskFormVariables(head.getId())))
			.as("another unit's head may not read the form")
			.isInstanceOf(AuthorizationException.class);
		assertThat(engine.getFormService().getTaskFormData(head.getId()).getFormFields())
			.as("asking for the form alone (its key, as Tasklist does first) reads no view").isEmpty();
		assertThat(engine.getTaskService().getVariablesLocal(head.getId())).as("nothing of the view is stored on the task")
			.doesNotContainKeys(ReviewChainProcess.VIEW_TITLE, ReviewChainProcess.VIEW_BODY, ReviewChainProcess.VIEW_HISTORY);
		assertThat(engine.getRuntimeService().getVariables(head.getExecutionId()))
			.doesNotContainKeys(ReviewChainProcess.VIEW_TITLE, ReviewChainProcess.VIEW_BODY, ReviewChainProcess.VIEW_HISTORY);

		assertThatThrownBy(() -> complete(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, HEAD,
				Map.of("reviewDecision", "APPROVE", ReviewChainProcess.VIEW_TITLE, "改过的标题")))
			.hasMessageContaining("reviewTitle");
		staff.as(HEAD, () -> engine.getTaskService().setAssignee(head.getId(), null));
		complete(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, HEAD,
				Map.of("reviewDecision", "RETURN", "reviewComment", "请核对点位名称"));
		completeDraft(pi, Staff.draft(records.get(recordId).title(), true, false));
		Task again = reviewTask(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW);
		Map<String, Object> second = staff.as(HEAD, () -> engine.getFormService().getTaskFormVariables(again.getId()));
		assertThat((String) second.get(ReviewChainProcess.VIEW_HISTORY))
			.contains("第 1 稿 处室负责人审核 " + nameOf(HEAD)).contains("退回修改").contains("请核对点位名称");
		assertThat((String) second.get(ReviewChainProcess.VIEW_SOURCE)).contains("第 2 稿");
		assertThat(records.get(recordId).title()).doesNotContain("改过的标题");
	}

	/** The drafting form is filled from the record when read; a submission that leaves a field out keeps its value. */
	@Test
	void aDraftSubmittedWithSomeFieldsKeepsTheRecordsOthers() {
		ProcessInstance pi = submitted(true, false);
		long recordId = recordId(pi);
		complete(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, HEAD,
				Map.of("reviewDecision", "RETURN", "reviewComment", "标题请写明月份"));
		var before = records.get(recordId);
		completeDraft(pi, Map.of("title", before.title() + "（修订）"));
		var after = records.get(recordId);
		assertThat(after.title()).isEqualTo(before.title() + "（修订）");
		assertThat(after.content()).usingRecursiveComparison()
			.ignoringFields("title")
			.isEqualTo(before.content());
		assertThat(after.personalInfo()).as("a flag left out stays set, and with it the grade").isTrue();
	}

	@Test
	void gradeOneNeedsOnlyTheUnitHeadThenSecrecyReviewPublishes() {
		ProcessInstance pi = submitted(false, false);
		assertThat(engine.getRuntimeService().getVariable(review(pi).getId(), ReviewChainProcess.VAR_GRADE)).isEqualTo(1);

		approve(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, HEAD);
		BpmnAwareTests.assertThat(review(pi)).isWaitingAt(ReviewChainProcess.TASK_SECRECY_REVIEW);
		secrecy(pi, ReviewChainProcess.TASK_SECRECY_REVIEW, SECRECY, "PUBLISH", null);

		BpmnAwareTests.assertThat(pi).isEnded().hasPassed(ObligationProcess.END_DONE);
		long recordId = recordId(pi);
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.PUBLISHED);
		var versions = published.forRecord(recordId);
		assertThat(versions).singleElement().satisfies(v -> {
			assertThat(v.title()).isEqualTo(records.get(recordId).title());
			assertThat(v.sectionKey()).isEqualTo("air-quality");
			assertThat(v.unitId()).isEqualTo("jiance");
		});
		assertThat(reviews.history(recordId)).extracting(ReviewEntry::reviewerId).containsExactly(HEAD, SECRECY);
	}

	@Test
	void personalInformationRaisesTheGradeToTheLeader() {
		ProcessInstance pi = submitted(true, false);
		approve(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, HEAD);
		BpmnAwareTests.assertThat(review(pi)).isWaitingAt(ReviewChainProcess.TASK_LEADER_REVIEW);
		approve(pi, ReviewChainProcess.TASK_LEADER_REVIEW, LEADER);
		BpmnAwareTests.assertThat(review(pi)).isWaitingAt(ReviewChainProcess.TASK_SECRECY_REVIEW);
		secrecy(pi, ReviewChainProcess.TASK_SECRECY_REVIEW, SECRECY, "PUBLISH", null);
		BpmnAwareTests.assertThat(pi).isEnded();
		assertThat(reviews.history(recordId(pi))).extracting(ReviewEntry::reviewerId)
			.containsExactly(HEAD, LEADER, SECRECY);
	}

	@Test
	void majorPublicConcernGoesUpToTheChief() {
		ProcessInstance pi = submitted(false, true);
		approve(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, HEAD);
		approve(pi, ReviewChainProcess.TASK_LEADER_REVIEW, LEADER);
		BpmnAwareTests.assertThat(review(pi)).isWaitingAt(ReviewChainProcess.TASK_CHIEF_REVIEW);
		approve(pi, ReviewChainProcess.TASK_CHIEF_REVIEW, CHIEF);
		secrecy(pi, ReviewChainProcess.TASK_SECRECY_REVIEW, SECRECY, "PUBLISH", null);
		BpmnAwareTests.assertThat(pi).isEnded().hasPassed(ObligationProcess.END_DONE);
	}

	@ParameterizedTest
	@ValueSource(strings = { ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, ReviewChainProcess.TASK_LEADER_REVIEW,
			ReviewChainProcess.TASK_CHIEF_REVIEW })
	void eachLevelCanReturnTheRecordWithAComment(String level) {
		ProcessInstance pi = submitted(false, true);
		List<String> path = List.of(ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, ReviewChainProcess.TASK_LEADER_REVIEW,
				ReviewChainProcess.TASK_CHIEF_REVIEW);
		List<String> reviewers = List.of(HEAD, LEADER, CHIEF);
		for (int i = 0; !path.get(i).equals(level); i++) {
			approve(pi, path.get(i), reviewers.get(i));
		}
		String reviewer = reviewers.get(path.indexOf(level));
		complete(pi, level, reviewer, Map.of("reviewDecision", "RETURN", "reviewComment", "监测数据表缺少点位名称"));

		BpmnAwareTests.assertThat(pi).isWaitingAt(ObligationProcess.TASK_EDIT_DRAFT);
		assertThat(records.get(recordId(pi)).status()).isEqualTo(RecordStatus.RETURNED);
		Task draftTask = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
		assertThat(draftTask.getAssignee()).isEqualTo(DRAFTER);
		Map<String, Object> form = staff.as(DRAFTER, () -> engine.getFormService().getTaskFormVariables(draftTask.getId()));
		assertThat((String) form.get("returnComment")).contains("监测数据表缺少点位名称");
		assertThat(form.get("title")).isEqualTo(records.get(recordId(pi)).title());
		assertThat(engine.getTaskService().getVariablesLocal(draftTask.getId())).as("the draft is not copied onto its task")
			.doesNotContainKeys("title", "body", "returnComment");
	}

	@Test
	void returningWithoutACommentIsRefusedAndChangesNothing() {
		ProcessInstance pi = submitted(false, false);
		assertThatThrownBy(() -> complete(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, HEAD,
				Map.of("reviewDecision", "RETURN")))
			.hasMessage("退回修改时必须填写审核意见");
		BpmnAwareTests.assertThat(review(pi)).isWaitingAt(ReviewChainProcess.TASK_UNIT_HEAD_REVIEW);
		assertThat(reviews.history(recordId(pi))).isEmpty();
		assertThat(records.get(recordId(pi)).status()).isEqualTo(RecordStatus.IN_REVIEW);
	}

	@Test
	void partialDisclosureSendsTheRecordBackForRedactionAndAFreshReview() {
		ProcessInstance pi = submitted(false, false);
		approve(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, HEAD);
		secrecy(pi, ReviewChainProcess.TASK_SECRECY_REVIEW, SECRECY, "PARTIAL", null);
		BpmnAwareTests.assertThat(pi).isWaitingAt(ObligationProcess.TASK_EDIT_DRAFT);

		Map<String, Object> redacted = new HashMap<>(Staff.draft("删减后的空气质量报告" + UUID.randomUUID(), false, false));
		completeDraft(pi, redacted);
		BpmnAwareTests.assertThat(review(pi)).isWaitingAt(ReviewChainProcess.TASK_UNIT_HEAD_REVIEW);
		approve(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, HEAD);
		secrecy(pi, ReviewChainProcess.TASK_SECRECY_REVIEW, SECRECY, "PUBLISH", null);

		var versions = published.forRecord(recordId(pi));
		assertThat(versions).singleElement().extracting(v -> v.title()).isEqualTo(redacted.get("title"));
		assertThat(records.currentVersionNo(recordId(pi))).isEqualTo(2);
	}

	@Test
	void withholdingNeedsALegalBasisAndClosesTheRecordUnpublished() {
		ProcessInstance pi = submitted(false, false);
		approve(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, HEAD);
		assertThatThrownBy(() -> secrecy(pi, ReviewChainProcess.TASK_SECRECY_REVIEW, SECRECY, "WITHHOLD", null))
			.hasMessageContaining("法律依据");
		BpmnAwareTests.assertThat(review(pi)).isWaitingAt(ReviewChainProcess.TASK_SECRECY_REVIEW);

		secrecy(pi, ReviewChainProcess.TASK_SECRECY_REVIEW, SECRECY, "WITHHOLD", "ART15");
		BpmnAwareTests.assertThat(pi).isEnded().hasPassed(ObligationProcess.END_DONE);
		long recordId = recordId(pi);
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.WITHHELD);
		assertThat(published.forRecord(recordId)).isEmpty();
		ReviewEntry record = reviews.history(recordId).get(1);
		assertThat(record.reviewerId()).isEqualTo(SECRECY);
		assertThat(record.legalBasis()).hasToString("ART15");
		assertThat(record.basis()).isNotBlank();
		assertThat(record.conclusion()).isNotBlank();
		assertThat(record.decidedAt()).isNotNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "PUBLISH", "WITHHOLD", "PARTIAL" })
	void referralToTheSecrecyOfficeEndsWithTheOfficesConclusion(String conclusion) {
		ProcessInstance pi = submitted(false, false);
		approve(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, HEAD);
		secrecy(pi, ReviewChainProcess.TASK_SECRECY_REVIEW, SECRECY, "REFER", null);
		BpmnAwareTests.assertThat(review(pi)).isWaitingAt(ReviewChainProcess.TASK_SECRECY_OFFICE_REVIEW);
		secrecy(pi, ReviewChainProcess.TASK_SECRECY_OFFICE_REVIEW, SECRECY_OFFICE, conclusion,
				"WITHHOLD".equals(conclusion) ? "ART14" : null);

		RecordStatus expected = switch (conclusion) {
			case "PUBLISH" -> RecordStatus.PUBLISHED;
			case "WITHHOLD" -> RecordStatus.WITHHELD;
			default -> RecordStatus.RETURNED;
		};
		assertThat(records.get(recordId(pi)).status()).isEqualTo(expected);
		if (expected == RecordStatus.RETURNED) {
			BpmnAwareTests.assertThat(pi).isWaitingAt(ObligationProcess.TASK_EDIT_DRAFT);
		}
		else {
			BpmnAwareTests.assertThat(pi).isEnded();
		}
	}

	@Test
	void theSecrecyOfficeCannotReferFurther() {
		ProcessInstance pi = submitted(false, false);
		approve(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, HEAD);
		secrecy(pi, ReviewChainProcess.TASK_SECRECY_REVIEW, SECRECY, "REFER", null);
		assertThatThrownBy(
				() -> secrecy(pi, ReviewChainProcess.TASK_SECRECY_OFFICE_REVIEW, SECRECY_OFFICE, "REFER", null))
			.hasMessageContaining("不能再次提请");
		BpmnAwareTests.assertThat(review(pi)).isWaitingAt(ReviewChainProcess.TASK_SECRECY_OFFICE_REVIEW);
	}

	@Test
	void fourEyesTheDrafterCannotReviewTheirOwnRecord() {
		staff.ensureUser("jianceDualHead", "jiance", "drafter", "jiance-drafter", "unit-head", "jiance-unit-head");
		ProcessInstance pi = startRecord();
		completeDraft(pi, "jianceDualHead", Staff.draft("自审测试" + UUID.randomUUID(), false, false));

		assertThatThrownBy(() -> approve(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, "jianceDualHead"))
			.hasMessageContaining("四眼原则").hasMessageContaining("起草人");
		BpmnAwareTests.assertThat(review(pi)).isWaitingAt(ReviewChainProcess.TASK_UNIT_HEAD_REVIEW);
		assertThat(reviews.history(recordId(pi))).isEmpty();
	}

	@Test
	void fourEyesNobodyApprovesTwoLevelsOfOneRecord() {
		staff.ensureUser("jianceTwoHats", "jiance", "unit-head", "jiance-unit-head", "leader", "jiance-leader");
		ProcessInstance pi = submitted(true, false);
		approve(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, "jianceTwoHats");

		assertThatThrownBy(() -> approve(pi, ReviewChainProcess.TASK_LEADER_REVIEW, "jianceTwoHats"))
			.hasMessageContaining("四眼原则").hasMessageContaining("处室负责人审核");
		BpmnAwareTests.assertThat(review(pi)).isWaitingAt(ReviewChainProcess.TASK_LEADER_REVIEW);
		assertThat(reviews.history(recordId(pi))).hasSize(1);
		Task leaderTask = reviewTask(pi, ReviewChainProcess.TASK_LEADER_REVIEW);
		staff.as("jianceTwoHats", () -> engine.getTaskService().setAssignee(leaderTask.getId(), null));
		approve(pi, ReviewChainProcess.TASK_LEADER_REVIEW, LEADER);
		BpmnAwareTests.assertThat(review(pi)).isWaitingAt(ReviewChainProcess.TASK_SECRECY_REVIEW);
	}

	@Test
	void fourEyesTheSecrecyReviewerCannotBeTheDrafter() {
		staff.ensureUser("jianceDualSecrecy", "jiance", "drafter", "jiance-drafter", "secrecy", "jiance-secrecy");
		ProcessInstance pi = startRecord();
		completeDraft(pi, "jianceDualSecrecy", Staff.draft("保密自审" + UUID.randomUUID(), false, false));
		approve(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, HEAD);
		assertThatThrownBy(
				() -> secrecy(pi, ReviewChainProcess.TASK_SECRECY_REVIEW, "jianceDualSecrecy", "PUBLISH", null))
			.hasMessageContaining("四眼原则");
		assertThat(records.get(recordId(pi)).status()).isEqualTo(RecordStatus.IN_REVIEW);
	}

	@Test
	void anIncompleteDraftIsRefusedInChineseAndKeptAsItWas() {
		ProcessInstance pi = startRecord();
		Map<String, Object> incomplete = new HashMap<>(Staff.draft("不完整的记录", false, false));
		incomplete.put("indexNo", "");
		incomplete.put("body", "  ");
		assertThatThrownBy(() -> completeDraft(pi, incomplete)).hasMessageContaining("索引号不能为空")
			.hasMessageContaining("正文不能为空");
		BpmnAwareTests.assertThat(pi).isWaitingAt(ObligationProcess.TASK_EDIT_DRAFT);
		assertThat(records.get(recordId(pi)).status()).isEqualTo(RecordStatus.DRAFT);
		assertThat(records.currentVersionNo(recordId(pi))).isZero();
	}

	@Test
	void aReviewTaskSaysWhatIsReviewedAndByWhen() {
		ProcessInstance pi = submitted(false, false);
		Task task = reviewTask(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW);
		var record = records.get(recordId(pi));
		assertThat(task.getName()).startsWith("处室负责人审核：" + record.title().substring(0, 6)).hasSizeLessThanOrEqualTo("处室负责人审核：".length() + 12);
		assertThat(task.getDescription()).contains("《" + record.title() + "》").contains("监测处").contains("空气和水环境质量信息")
			.contains("第 1 稿").contains("审核期限：任务创建后第 2 个工作日结束前");
	}

	@Test
	void theDayFormedIsStoredAsTypedAndNeverAfterToday() {
		Desk.clockAt("2026-12-07T10:00:00+08:00");
		try {
			ProcessInstance pi = startRecord();
			Map<String, Object> draft = new HashMap<>(Staff.draft("生成日期 " + UUID.randomUUID(), false, false));
			draft.put("dateFormed", "2026-12-08");
			assertThatThrownBy(() -> completeDraft(pi, draft)).hasMessageContaining("生成日期不能晚于今天（2026-12-07）");
			draft.put("dateFormed", "2026-13-01");
			assertThatThrownBy(() -> completeDraft(pi, draft)).hasMessageContaining("生成日期无法识别");
			assertThat(records.currentVersionNo(recordId(pi))).isZero();
			draft.put("dateFormed", "2026/12/7");
			completeDraft(pi, draft);
			assertThat(records.get(recordId(pi)).dateFormed()).isEqualTo(java.time.LocalDate.of(2026, 12, 7));
		}
		finally {
			org.camunda.bpm.engine.impl.util.ClockUtil.reset();
		}
	}

	@Test
	void aReviewerOfAnotherUnitCanNeitherSeeNorCompleteTheTask() {
		ProcessInstance pi = submitted(false, false);
		Task task = reviewTask(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW);
		long visible = staff.as("zhengfaHead",
				() -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count());
		assertThat(visible).isZero();
		assertThatThrownBy(() -> staff.as("zhengfaHead", () -> engine.getFormService()
			.submitTaskForm(task.getId(), Map.of("reviewDecision", "APPROVE")))).isInstanceOf(AuthorizationException.class);
		BpmnAwareTests.assertThat(review(pi)).isWaitingAt(ReviewChainProcess.TASK_UNIT_HEAD_REVIEW);
	}

	@Test
	void theGradeIsKeptWithTheRecordSoAResubmissionCannotSkipALevelThatSawIt() {
		ProcessInstance pi = submitted(true, false);
		approve(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, HEAD);
		complete(pi, ReviewChainProcess.TASK_LEADER_REVIEW, LEADER,
				Map.of("reviewDecision", "RETURN", "reviewComment", "请删去个人信息后再报"));
		BpmnAwareTests.assertThat(pi).isWaitingAt(ObligationProcess.TASK_EDIT_DRAFT);

		completeDraft(pi, Staff.draft("删去个人信息后的报告 " + UUID.randomUUID(), false, false));
		approve(pi, ReviewChainProcess.TASK_UNIT_HEAD_REVIEW, HEAD);
		BpmnAwareTests.assertThat(review(pi)).isWaitingAt(ReviewChainProcess.TASK_LEADER_REVIEW);
		assertThat(engine.getRuntimeService().getVariable(review(pi).getId(), ReviewChainProcess.VAR_GRADE)).isEqualTo(2);
	}

	private ProcessInstance startRecord() {
		return scheduled.open("env-quality", "jiance");
	}

	private ProcessInstance submitted(boolean personalInfo, boolean majorConcern) {
		ProcessInstance pi = startRecord();
		completeDraft(pi, Staff.draft("空气质量报告 " + UUID.randomUUID(), personalInfo, majorConcern));
		BpmnAwareTests.assertThat(review(pi)).isWaitingAt(ReviewChainProcess.TASK_UNIT_HEAD_REVIEW);
		return pi;
	}

	private void completeDraft(ProcessInstance pi, Map<String, Object> content) {
		completeDraft(pi, DRAFTER, content);
	}

	private void completeDraft(ProcessInstance pi, String drafter, Map<String, Object> content) {
		Task task = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(pi.getId())
			.taskDefinitionKey(ObligationProcess.TASK_EDIT_DRAFT)
			.singleResult();
		staff.as(drafter, () -> engine.getFormService().submitTaskForm(task.getId(), content));
	}

	private void approve(ProcessInstance pi, String taskKey, String reviewer) {
		complete(pi, taskKey, reviewer, Map.of("reviewDecision", "APPROVE", "reviewComment", "同意公开"));
	}

	private void secrecy(ProcessInstance pi, String taskKey, String reviewer, String outcome, String legalBasis) {
		Map<String, Object> form = new HashMap<>();
		form.put("secrecyOutcome", outcome);
		form.put("legalBasis", legalBasis);
		form.put("reviewBasis", "《保密法》及本局保密审查办法");
		form.put("reviewConclusion", "经审查：" + outcome);
		complete(pi, taskKey, reviewer, form);
	}

	private void complete(ProcessInstance pi, String taskKey, String reviewer, Map<String, Object> form) {
		Task task = reviewTask(pi, taskKey);
		staff.as(reviewer, () -> {
			if (task.getAssignee() == null) {
				engine.getTaskService().claim(task.getId(), reviewer);
			}
			engine.getFormService().submitTaskForm(task.getId(), form);
		});
	}

	private Task reviewTask(ProcessInstance pi, String taskKey) {
		return engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(review(pi).getId())
			.taskDefinitionKey(taskKey)
			.singleResult();
	}

	private ProcessInstance review(ProcessInstance pi) {
		return calledProcessInstance(pi);
	}

	private long recordId(ProcessInstance pi) {
		return Long.parseLong(engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceId(pi.getId())
			.singleResult()
			.getBusinessKey());
	}

	private String nameOf(String userId) {
		var user = engine.getIdentityService().createUserQuery().userId(userId).singleResult();
		return user.getLastName() + user.getFirstName();
	}

}
