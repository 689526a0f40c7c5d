package cn.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gongkai.obligation.DueRules;
import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.escalation.EscalationProcess;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.support.Desk;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.Staff;
import cn.gongkai.support.WebClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15's findings 1, 2, 3 and 8, tried as an attacker with an ordinary staff account did: over HTTP, through both
 * REST APIs, with the JSON spellings and charsets that passed the old text guard.
 */
@GongkaiTest
class AttackerTest extends RunningApplication {

	static final String REFUSED_QUERY = "查询被拒绝";

	@Autowired
	ObligationService obligations;

	@Autowired
	DueRules dueRules;

	final ObjectMapper json = new ObjectMapper();

	Desk desk;

	@BeforeEach
	void setUp() {
		desk = new Desk(engine);
		ExpressionProbe.hits = 0;
	}

	// Finding 1: code execution through query expressions.

	@Test
	void aFiltersExtendingOrQueryCannotRunCodeInAnySpellingOrCharsetOrApi() {
		String groupTasks = filterId("本组待办");
		String escapedKey = "{\"or\\u0051ueries\":[{\"assigneeExpression\":\"" + ExpressionProbe.EXPRESSION + "\"}]}";
		WebClient rest = new WebClient(port).basic("jianceHead", Staff.PASSWORD);
		for (String path : new String[] { "/engine-rest/filter/" + groupTasks + "/list",
				"/engine-rest/filter/" + groupTasks + "/count", "/engine-rest/task", "/engine-rest/task/count" }) {
			assertRefused(rest.postJson(path, escapedKey), path);
			assertRefused(rest.postBytes(path, "application/json; charset=UTF-16",
					escapedKey.getBytes(StandardCharsets.UTF_16)), path + " in UTF-16");
		}
		WebClient browser = new WebClient(port).login("jianceHead");
		String xsrf = browser.camundaXsrfToken();
		assertRefused(browser.postJson("/camunda/api/engine/engine/default/filter/" + groupTasks + "/list", escapedKey,
				"X-XSRF-TOKEN", xsrf), "webapps' filter list");
		assertThat(ExpressionProbe.hits).isZero();
	}

	@Test
	void aSavedFilterCarryingAMethodCallIsRefusedWhenStaffRunIt() {
		var taskService = engine.getTaskService();
		Filter filter = engine.getFilterService()
			.newTaskFilter("旧筛选器 " + UUID.randomUUID())
			.setOwner("admin")
			.setQuery(taskService.createTaskQuery()
				.taskCandidateGroupInExpression("${currentUserGroups()}")
				.or()
				.taskAssigneeExpression(ExpressionProbe.EXPRESSION)
				.taskOwner("nobody")
				.endOr());
		engine.getFilterService().saveFilter(filter);
		Authorization read = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		read.setGroupId("jiance-unit-head");
		read.setResource(Resources.FILTER);
		read.setResourceId(filter.getId());
		read.addPermission(Permissions.READ);
		engine.getAuthorizationService().saveAuthorization(read);
		try {
			assertRefused(new WebClient(port).basic("jianceHead", Staff.PASSWORD)
				.postJson("/engine-rest/filter/" + filter.getId() + "/list", "{}"), "saved filter");
			assertThat(ExpressionProbe.hits).isZero();
		}
		finally {
			engine.getFilterService().deleteFilter(filter.getId());
		}
	}

	@Test
	void theJavaApiRefusesMethodCallsInOrQueriesAndBeanReferences() {
		var staff = desk.staff();
		assertThatThrownBy(() -> staff.as("jianceHead", () -> engine.getTaskService()
			.createTaskQuery()
			.or()
			.taskAssigneeExpression(ExpressionProbe.EXPRESSION)
			.taskOwner("nobody")
			.endOr()
			.list())).isInstanceOf(BadUserRequestException.class).hasMessageContaining(REFUSED_QUERY);
		assertThatThrownBy(() -> staff.as("jianceHead", () -> engine.getTaskService()
			.createTaskQuery()
			.or()
			.taskAssigneeExpression("${identityService.createUserQuery().count()}")
			.taskOwner("nobody")
			.endOr()
			.count())).isInstanceOf(BadUserRequestException.class).hasMessageContaining(REFUSED_QUERY);
		assertThat(ExpressionProbe.hits).isZero();
	}

	@Test
	void tasklistsOwnVocabularyStillWorksInFiltersAndOrQueries() throws Exception {
		WebClient rest = new WebClient(port).basic("jianceHead", Staff.PASSWORD);
		String query = "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\","
				+ "\"candidateGroupsExpression\":\"${currentUserGroups()}\","
				+ "\"dueBeforeExpression\":\"${dateTime().plusWeeks(2).withTimeAtStartOfDay()}\","
				+ "\"createdAfterExpression\":\"${now()}\"}]}";
		HttpResponse<String> list = rest.postJson("/engine-rest/filter/" + filterId("本组待办") + "/list", query);
		assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
		assertThat(json.readTree(list.body()).isArray()).isTrue();
		assertThat(rest.postJson("/engine-rest/filter/" + filterId("我的待办") + "/count", "{}").statusCode())
			.isEqualTo(200);
	}

	// Finding 2: publishing in another unit's name.

	@Test
	void aDrafterCannotStartAScheduledProcessForAnotherUnitsObligation() {
		Obligation fresh = zhiduiObligation();
		ProcessInstance running = scheduled.open("enforcement", "zhidui");
		long bound = obligations.openOfProcess(running.getId()).get(0).id();
		WebClient zhengfa = new WebClient(port).basic("zhengfaDrafter", Staff.PASSWORD);
		for (long obligationId : new long[] { fresh.id(), bound }) {
			String variables = "{\"variables\":{\"obligationId\":{\"value\":" + obligationId
					+ ",\"type\":\"Long\"},\"unitId\":{\"value\":\"zhengfa\"}}}";
			for (String path : List.of("start", "submit-form")) {
				HttpResponse<String> started = zhengfa
					.postJson("/engine-rest/process-definition/key/" + ObligationProcess.KEY + "/" + path, variables);
				// Refused by the start policy (403) or, for a form submission, by the form's fields (400): either way, nothing starts.
				assertThat(started.statusCode()).as(path + ": " + started.body()).isIn(400, 403);
				assertThat(started.body()).containsPattern("[\\u4e00-\\u9fff]");
			}
			assertThat(engine.getRuntimeService()
				.createProcessInstanceQuery()
				.variableValueEquals(ObligationProcess.VAR_OBLIGATION_ID, obligationId)
				.count()).isEqualTo(obligationId == bound ? 1 : 0);
		}
		assertThat(obligations.get(fresh.id()).recordId()).isNull();
		assertThat(obligations.get(fresh.id()).processInstanceId()).isNull();
	}

	@Test
	void evenAnAdministratorCannotBindAnInstanceToAnotherUnitsOrABusyObligation() {
		Obligation fresh = zhiduiObligation();
		assertThatThrownBy(() -> desk.staff().as("admin", () -> engine.getRuntimeService()
			.startProcessInstanceByKey(ObligationProcess.KEY, Map.of(ObligationProcess.VAR_OBLIGATION_ID, fresh.id()))))
			.hasMessageContaining("只能为本单位的公开义务起草记录");
		ProcessInstance running = scheduled.open("enforcement", "zhidui");
		Obligation busy = obligations.openOfProcess(running.getId()).get(0);
		assertThatThrownBy(() -> desk.staff().as("zhiduiDrafter", () -> engine.getRuntimeService()
			.startProcessInstanceByKey(ObligationProcess.KEY, Map.of(ObligationProcess.VAR_OBLIGATION_ID, busy.id()))))
			.hasMessageContaining("仅限平台管理员");
		assertThatThrownBy(() -> engine.getRuntimeService()
			.startProcessInstanceByKey(ObligationProcess.KEY, Map.of(ObligationProcess.VAR_OBLIGATION_ID, busy.id())))
			.hasMessageContaining("已在办理中");
		assertThat(obligations.get(fresh.id()).recordId()).isNull();
	}

	// Finding 3: a form submission writes only its form's fields.

	@Test
	void aDraftSubmissionCannotRewriteTypeRecordOrUnit() throws Exception {
		ProcessInstance pi = scheduled.open("env-quality", "jiance");
		Task draft = desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT);
		WebClient drafter = new WebClient(port).basic("jianceDrafter", Staff.PASSWORD);
		assertThat(drafter.postJson("/engine-rest/task/" + draft.getId() + "/claim", "{\"userId\":\"jianceDrafter\"}")
			.statusCode()).isEqualTo(204);
		Map<String, Object> before = engine.getRuntimeService().getVariables(pi.getId());
		for (String[] extra : new String[][] { { "typeKey", "\"supervision-notice\"" }, { "recordId", "1" },
				{ "unitId", "\"zhidui\"" }, { "obligationId", "1" }, { "grade", "1" } }) {
			ObjectNode variables = formVariables(draftForm("越权提交", true));
			variables.set(extra[0], json.readTree("{\"value\":" + extra[1] + "}"));
			HttpResponse<String> refused = drafter.postJson("/engine-rest/task/" + draft.getId() + "/submit-form",
					"{\"variables\":" + variables + "}");
			assertThat(refused.statusCode()).as(extra[0]).isEqualTo(400);
			assertThat(refused.body()).contains("表单中没有字段“" + extra[0] + "”");
		}
		assertThat(drafter.postJson("/engine-rest/task/" + draft.getId() + "/complete",
				"{\"variables\":{\"unitId\":{\"value\":\"zhidui\"}}}").statusCode()).isEqualTo(400);
		assertThat(drafter.postJson("/engine-rest/task/" + draft.getId() + "/variables",
				"{\"modifications\":{\"unitId\":{\"value\":\"zhidui\"}}}").statusCode()).isEqualTo(403);
		assertThat(drafter.postJson("/engine-rest/process-instance/" + pi.getId() + "/variables",
				"{\"modifications\":{\"unitId\":{\"value\":\"zhidui\"}}}").statusCode()).isEqualTo(403);
		assertThat(engine.getRuntimeService().getVariables(pi.getId())).isEqualTo(before);
		assertThat(desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT).getId()).isEqualTo(draft.getId());

		HttpResponse<String> submitted = drafter.postJson("/engine-rest/task/" + draft.getId() + "/submit-form",
				"{\"variables\":" + formVariables(draftForm("正当提交", true)) + "}");
		assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(204);
		assertThat(engine.getRuntimeService().getVariable(pi.getId(), ReviewChainProcess.VAR_UNIT_ID)).isEqualTo("jiance");
	}

	@Test
	void aUnitHeadCannotSkipTheLeaderNorClaimTheLeadersTaskForSomeoneElse() throws Exception {
		ProcessInstance pi = scheduled.open("env-quality", "jiance");
		desk.complete(pi, ObligationProcess.TASK_EDIT_DRAFT, "jianceDrafter", Staff.draft("涉及个人信息" + UUID.randomUUID(), true, false));
		ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
		Task head = engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).singleResult();
		WebClient unitHead = new WebClient(port).basic("jianceHead", Staff.PASSWORD);
		assertThat(unitHead.postJson("/engine-rest/task/" + head.getId() + "/claim", "{\"userId\":\"jianceHead\"}")
			.statusCode()).isEqualTo(204);
		HttpResponse<String> skip = unitHead.postJson("/engine-rest/task/" + head.getId() + "/submit-form",
				"{\"variables\":{\"reviewDecision\":{\"value\":\"APPROVE\"},\"grade\":{\"value\":1,\"type\":\"Integer\"}}}");
		assertThat(skip.statusCode()).isEqualTo(400);
		assertThat(skip.body()).contains("表单中没有字段“grade”");
		assertThat(unitHead.postJson("/engine-rest/task/" + head.getId() + "/submit-form",
				"{\"variables\":{\"reviewDecision\":{\"value\":\"APPROVE\"},\"reviewComment\":{\"value\":\"同意\"}}}")
			.statusCode()).isEqualTo(204);
		Task leader = engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).singleResult();
		assertThat(leader.getTaskDefinitionKey()).isEqualTo(ReviewChainProcess.TASK_LEADER_REVIEW);

		WebClient leaderClient = new WebClient(port).basic("jianceLeader", Staff.PASSWORD);
		HttpResponse<String> forSomeoneElse = leaderClient.postJson("/engine-rest/task/" + leader.getId() + "/claim",
				"{\"userId\":\"zhiduiLeader\"}");
		assertThat(forSomeoneElse.statusCode()).isEqualTo(403);
		assertThat(forSomeoneElse.body()).contains("只能由本人认领任务");
		assertThat(leaderClient.send("PUT", "/engine-rest/task/" + leader.getId(),
				"{\"name\":\"x\",\"assignee\":\"zhiduiLeader\"}").statusCode()).isEqualTo(403);
		// Claiming and giving back one's own task, as Tasklist does, still works.
		assertThat(leaderClient.postJson("/engine-rest/task/" + leader.getId() + "/claim", "{\"userId\":\"jianceLeader\"}")
			.statusCode()).isEqualTo(204);
		assertThat(leaderClient.postJson("/engine-rest/task/" + leader.getId() + "/unclaim", "{}").statusCode())
			.isEqualTo(204);
		assertThat(engine.getTaskService().createTaskQuery().taskId(leader.getId()).singleResult().getAssignee()).isNull();
	}

	@Test
	void aCandidateCannotThrowErrorsNorHandTheTaskToSomeoneElseWhateverItsGrants() {
		ProcessInstance pi = scheduled.open("env-quality", "jiance");
		Task draft = desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT);
		// As Camunda granted a task's candidates before TASK_WORK became the default: UPDATE on the task.
		Authorization candidates = engine.getAuthorizationService()
			.createAuthorizationQuery()
			.groupIdIn("jiance-drafter")
			.resourceType(Resources.TASK)
			.resourceId(draft.getId())
			.singleResult();
		candidates.addPermission(Permissions.UPDATE);
		engine.getAuthorizationService().saveAuthorization(candidates);
		WebClient drafter = new WebClient(port).basic("jianceDrafter", Staff.PASSWORD);
		String task = "/engine-rest/task/" + draft.getId();
		assertThat(drafter.postJson(task + "/bpmnError",
				"{\"errorCode\":\"x\",\"variables\":{\"unitId\":{\"value\":\"zhidui\"}}}").statusCode()).isEqualTo(403);
		assertThat(drafter.postJson(task + "/bpmnEscalation", "{\"escalationCode\":\"x\"}").statusCode()).isEqualTo(403);
		assertThat(drafter.postJson(task + "/assignee", "{\"userId\":\"zhiduiDrafter\"}").statusCode()).isEqualTo(403);
		assertThat(drafter.postJson(task + "/delegate", "{\"userId\":\"zhiduiDrafter\"}").statusCode()).isEqualTo(403);
		assertThat(drafter.postJson(task + "/identity-links", "{\"userId\":\"zhiduiDrafter\",\"type\":\"candidate\"}")
			.statusCode()).isEqualTo(403);
		assertThat(drafter.postJson("/engine-rest/task/create", "{\"name\":\"私建任务\"}").statusCode()).isEqualTo(403);
		assertThat(desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT).getAssignee()).isNull();
		assertThat(engine.getTaskService().getIdentityLinksForTask(draft.getId()))
			.noneMatch(link -> "zhiduiDrafter".equals(link.getUserId()));
	}

	// Finding 6: control characters.

	@Test
	void controlCharactersAreRefusedWhereTheyAreTypedWithTheirField() {
		ProcessInstance pi = scheduled.open("env-quality", "jiance");
		Task draft = desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT);
		WebClient drafter = new WebClient(port).basic("jianceDrafter", Staff.PASSWORD);
		drafter.postJson("/engine-rest/task/" + draft.getId() + "/claim", "{\"userId\":\"jianceDrafter\"}");
		for (String field : new String[] { "title", "summary", "body", "indexNo" }) {
			Map<String, Object> form = draftForm("控制字符", false);
			form.put(field, "第一段\u0001第二段");
			HttpResponse<String> refused = drafter.postJson("/engine-rest/task/" + draft.getId() + "/submit-form",
					"{\"variables\":" + formVariables(form) + "}");
			assertThat(refused.statusCode()).as(field).isEqualTo(400);
			assertThat(refused.body()).as(field).contains("第 4 个字符是不允许的控制字符");
		}
		assertThat(desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT).getId()).isEqualTo(draft.getId());
	}

	// Finding 8: standalone jobs.

	@Test
	void staffCannotChangeTheHistoryCleanupJob() {
		Job cleanup = engine.getHistoryService().findHistoryCleanupJobs().get(0);
		WebClient rest = new WebClient(port).basic("jianceDrafter", Staff.PASSWORD);
		assertThat(rest.send("PUT", "/engine-rest/job/" + cleanup.getId() + "/priority", "{\"priority\":99}").statusCode())
			.isEqualTo(403);
		assertThat(rest.send("PUT", "/engine-rest/job/" + cleanup.getId() + "/duedate",
				"{\"duedate\":\"2030-01-01T00:00:00.000+0800\"}").statusCode()).isEqualTo(403);
		assertThat(rest.send("PUT", "/engine-rest/job/" + cleanup.getId() + "/suspended", "{\"suspended\":true}")
			.statusCode()).isEqualTo(403);
		assertThat(rest.postJson("/engine-rest/job/" + cleanup.getId() + "/execute", "{}").statusCode()).isEqualTo(403);
		Job after = engine.getManagementService().createJobQuery().jobId(cleanup.getId()).singleResult();
		assertThat(after.getPriority()).isEqualTo(cleanup.getPriority());
		assertThat(after.getDuedate()).isEqualTo(cleanup.getDuedate());
		assertThat(after.isSuspended()).isFalse();
	}

	/** The job that will start a watch over one's own work is the system's: a drafter cannot put off their reminder. */
	@Test
	void staffCannotDelayFireOrDeleteTheStartOfTheirOwnEscalation() {
		ProcessInstance pi = scheduled.open("env-quality", "jiance");
		long obligation = ((Number) engine.getRuntimeService().getVariable(pi.getId(), ObligationProcess.VAR_OBLIGATION_ID))
			.longValue();
		String start = EscalationProcess.startJobId(EscalationProcess.OBLIGATION, String.valueOf(obligation));
		Job before = engine.getManagementService().createJobQuery().jobId(start).singleResult();
		WebClient rest = new WebClient(port).basic("jianceDrafter", Staff.PASSWORD);
		assertThat(rest.get("/engine-rest/job?jobId=" + start).statusCode()).as("the job list").isEqualTo(403);
		assertThat(rest.send("PUT", "/engine-rest/job/" + start + "/duedate",
				"{\"duedate\":\"2030-01-01T00:00:00.000+0800\"}").statusCode()).isEqualTo(403);
		assertThat(rest.send("PUT", "/engine-rest/job/" + start + "/suspended", "{\"suspended\":true}").statusCode())
			.isEqualTo(403);
		assertThat(rest.postJson("/engine-rest/job/" + start + "/execute", "{}").statusCode()).isEqualTo(403);
		assertThat(rest.send("DELETE", "/engine-rest/job/" + start, "").statusCode()).isEqualTo(403);
		Job after = engine.getManagementService().createJobQuery().jobId(start).singleResult();
		assertThat(after.getDuedate()).isEqualTo(before.getDuedate());
		assertThat(after.isSuspended()).isFalse();
	}

	private void assertRefused(HttpResponse<String> response, String what) {
		assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(400);
		assertThat(response.body()).as(what).contains(REFUSED_QUERY);
	}

	private String filterId(String name) {
		return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
	}

	private static Map<String, Object> draftForm(String title, boolean personalInfo) {
		Map<String, Object> form = new LinkedHashMap<>(Staff.draft(title + UUID.randomUUID(), personalInfo, false));
		form.put("section", "air-quality");
		return form;
	}

	private ObjectNode formVariables(Map<String, Object> form) {
		ObjectNode variables = json.createObjectNode();
		form.forEach((key, value) -> variables.set(key, json.createObjectNode().putPOJO("value", value)));
		return variables;
	}

	/** An obligation of 市环境监察支队 without an instance yet. */
	private Obligation zhiduiObligation() {
		return obligations
			.openForEvent("enforcement", "zhidui", "test-" + UUID.randomUUID(), "支队的公开义务",
					dueRules.fixedDay(LocalDate.of(2026, 12, 31), "测试期限"))
			.orElseThrow();
	}

}
