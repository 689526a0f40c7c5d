package cn.gongkai.security;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.support.Desk;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.support.Staff;
import cn.gongkai.support.WebClient;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every role of the notice, on a task of its own unit and role and on one of another unit, against every operation a
 * person can reach, through both REST APIs ({@code /engine-rest} with HTTP Basic, and the webapps' API behind the
 * Tasklist session), and the application's own pages and JSON: the exact answer each gets. Platform administrators are
 * checked only with operations that change nothing.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest extends RunningApplication {

	enum Api {
		REST, WEBAPPS
	}

	/** A person in a role, the task of their own unit and role, and a task of another unit. */
	enum Role {
		DRAFTER("jianceDrafter"), UNIT_HEAD("jianceHead"), LEADER("jianceLeader"), CHIEF("chief"),
		SECRECY("jianceSecrecy"), SECRECY_OFFICE("secrecyOffice"), SUPERVISOR("supervisor"), ADMIN("admin"),
		ANONYMOUS(null);

		final String user;

		Role(String user) {
			this.user = user;
		}

	}

	Desk desk;

	final Map<Role, Task> ownTask = new HashMap<>();
	Task otherUnitsTask;
	ProcessInstance otherUnitsInstance;
	long ownRecord;
	String cleanupJob;

	@BeforeAll
	void openTheTasksOfEveryRole() {
		desk = new Desk(engine);
		ProcessInstance drafting = scheduled.open("env-quality", "jiance");
		ownRecord = Long.parseLong(drafting.getBusinessKey());
		ownTask.put(Role.DRAFTER, desk.task(drafting, ObligationProcess.TASK_EDIT_DRAFT));
		ownTask.put(Role.UNIT_HEAD, reviewTaskAfter(false, false));
		ownTask.put(Role.LEADER, approved(reviewTaskAfter(true, false), "jianceHead"));
		ownTask.put(Role.SECRECY, approved(reviewTaskAfter(false, false), "jianceHead"));
		ownTask.put(Role.CHIEF, approved(approved(reviewTaskAfter(false, true), "jianceHead"), "jianceLeader"));
		Task secrecy = approved(reviewTaskAfter(false, false), "jianceHead");
		ownTask.put(Role.SECRECY_OFFICE, decided(secrecy, "jianceSecrecy", Map.of("secrecyOutcome", "REFER",
				"reviewBasis", "涉及其他机关信息", "reviewConclusion", "提请保密办审查")));
		otherUnitsInstance = scheduled.open("enforcement", "zhidui");
		otherUnitsTask = desk.task(otherUnitsInstance, ObligationProcess.TASK_EDIT_DRAFT);
		cleanupJob = engine.getHistoryService().findHistoryCleanupJobs().get(0).getId();
	}

	@ParameterizedTest(name = "{0} through {1}")
	@EnumSource(Role.class)
	void everyRoleGetsExactlyItsAnswers(Role role) {
		for (Api api : Api.values()) {
			SoftAssertions softly = new SoftAssertions();
			Client client = client(role, api);
			Task own = ownTask.get(role);
			boolean admin = role == Role.ADMIN;
			boolean anonymous = role == Role.ANONYMOUS;
			int denied = anonymous ? 401 : 403;
			String as = role + " via " + api + ": ";

			// Tasks: read, claim and give back, complete with a field of no form, write variables.
			if (own != null) {
				softly.assertThat(client.get("/task/" + own.getId()).statusCode()).as(as + "read own").isEqualTo(200);
				softly.assertThat(client.post("/task/" + own.getId() + "/claim", "{\"userId\":\"" + role.user + "\"}")
					.statusCode()).as(as + "claim own").isEqualTo(204);
				softly.assertThat(client.post("/task/" + own.getId() + "/unclaim", "{}").statusCode())
					.as(as + "give own back")
					.isEqualTo(204);
				HttpResponse<String> extra = client.post("/task/" + own.getId() + "/submit-form",
						"{\"variables\":{\"unitId\":{\"value\":\"zhidui\"}}}");
				softly.assertThat(extra.statusCode()).as(as + "submit own with a foreign field").isEqualTo(400);
				softly.assertThat(extra.body()).as(as + "its message").contains("表单中没有字段“unitId”");
			}
			int otherRead = admin ? 200 : anonymous ? 401 : 404;
			softly.assertThat(client.get("/task/" + otherUnitsTask.getId()).statusCode())
				.as(as + "read another unit's task")
				.isEqualTo(otherRead);
			if (!admin) {
				softly.assertThat(client.post("/task/" + otherUnitsTask.getId() + "/claim",
						"{\"userId\":\"" + role.user + "\"}").statusCode()).as(as + "claim another unit's task").isEqualTo(denied);
				softly.assertThat(client.post("/task/" + otherUnitsTask.getId() + "/submit-form",
						"{\"variables\":{\"unitId\":{\"value\":\"jiance\"}}}").statusCode())
					.as(as + "complete another unit's task")
					.isEqualTo(denied);
				for (Task task : own == null ? List.of(otherUnitsTask) : List.of(own, otherUnitsTask)) {
					softly.assertThat(client.post("/task/" + task.getId() + "/variables",
							"{\"modifications\":{\"grade\":{\"value\":1,\"type\":\"Integer\"}}}").statusCode())
						.as(as + "write a task's variables")
						.isEqualTo(denied);
				}
				// Instances, messages, signals, jobs, filters, deployments and definitions.
				softly.assertThat(client.post("/process-instance/" + otherUnitsInstance.getId() + "/modification",
						"{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"Task_EditDraft\"}]}").statusCode())
					.as(as + "modify an instance")
					.isEqualTo(denied);
				softly.assertThat(client.post("/process-instance/" + otherUnitsInstance.getId() + "/variables",
						"{\"modifications\":{\"unitId\":{\"value\":\"jiance\"}}}").statusCode())
					.as(as + "write an instance's variables")
					.isEqualTo(denied);
				softly.assertThat(client.post("/message", "{\"messageName\":\"env-quality-scheduled\","
						+ "\"processVariables\":{\"obligationId\":{\"value\":1,\"type\":\"Long\"}}}").statusCode())
					.as(as + "correlate a message")
					.isEqualTo(denied);
				softly.assertThat(client.post("/signal", "{\"name\":\"anything\"}").statusCode())
					.as(as + "throw a signal")
					.isEqualTo(denied);
				softly.assertThat(client.post("/process-definition/key/enforcement/start", "{}").statusCode())
					.as(as + "start without a form")
					.isEqualTo(denied);
				softly.assertThat(client.put("/job/" + cleanupJob + "/priority", "{\"priority\":7}").statusCode())
					.as(as + "change the history cleanup job")
					.isEqualTo(denied);
				softly.assertThat(client.post("/job/" + cleanupJob + "/execute", "{}").statusCode())
					.as(as + "run the history cleanup job")
					.isEqualTo(denied);
				softly.assertThat(client.post("/filter/create",
						"{\"resourceType\":\"Task\",\"name\":\"我的筛选\",\"query\":{}}").statusCode())
					.as(as + "create a filter")
					.isEqualTo(denied);
				// The model every obligation runs on (env-quality's own model is gone; a test that deployed its old
				// version made this pass or fail by the order the tests ran in).
				softly.assertThat(client.put("/process-definition/key/" + ObligationProcess.KEY + "/suspended",
						"{\"suspended\":true,\"includeProcessInstances\":false}").statusCode())
					.as(as + "suspend a definition")
					.isEqualTo(denied);
			}
			if (!anonymous) {
				softly.assertThat(client.get("/deployment/count").body())
					.as(as + "see deployments")
					.isEqualTo(admin ? "{\"count\":" + engine.getRepositoryService().createDeploymentQuery().count() + "}"
							: "{\"count\":0}");
				softly.assertThat(client.get("/history/process-instance/count").body())
					.as(as + "see history")
					.isEqualTo(admin ? "{\"count\":" + engine.getHistoryService().createHistoricProcessInstanceQuery().count() + "}"
							: "{\"count\":0}");
				softly.assertThat(client.get("/incident/count").statusCode()).as(as + "count incidents").isEqualTo(200);
				if (!admin) {
					softly.assertThat(client.get("/incident/count").body()).as(as + "see incidents").isEqualTo("{\"count\":0}");
				}
				softly.assertThat(client.get("/process-definition/count").body())
					.as(as + "read definitions")
					.isNotEqualTo("{\"count\":0}");
			}
			else {
				softly.assertThat(client.get("/deployment/count").statusCode()).as(as + "anything").isEqualTo(401);
			}
			softly.assertAll();
		}
		applicationPages(role);
	}

	/** The application's own pages and JSON, with the login a browser or a program uses for them. */
	private void applicationPages(Role role) {
		SoftAssertions softly = new SoftAssertions();
		WebClient browser = role == Role.ANONYMOUS ? new WebClient(port) : new WebClient(port).login(role.user);
		WebClient program = role == Role.ANONYMOUS ? new WebClient(port)
				: new WebClient(port).basic(role.user, Staff.PASSWORD);
		int supervision = switch (role) {
			case SUPERVISOR, ADMIN -> 200;
			case ANONYMOUS -> 302;
			default -> 403;
		};
		softly.assertThat(browser.get("/supervision", "Accept", "text/html").statusCode()).as(role + " /supervision").isEqualTo(supervision);
		softly.assertThat(program.get("/api/admin/obligations").statusCode())
			.as(role + " /api/admin/obligations")
			.isEqualTo(role == Role.ADMIN ? 200 : role == Role.ANONYMOUS ? 401 : 403);
		softly.assertThat(program.get("/api/admin/accounts/locked").statusCode())
			.as(role + " /api/admin/accounts/locked")
			.isEqualTo(role == Role.ADMIN ? 200 : role == Role.ANONYMOUS ? 401 : 403);
		// A record before publication: its unit, its leader and the bureau-wide roles.
		softly.assertThat(browser.get("/records/" + ownRecord, "Accept", "text/html").statusCode())
			.as(role + " a jiance record's staff page")
			.isEqualTo(role == Role.ANONYMOUS ? 302 : 200);
		WebClient otherUnit = new WebClient(port).login("zhiduiDrafter");
		// Another unit's drafter does not learn that the record exists.
		softly.assertThat(otherUnit.get("/records/" + ownRecord).statusCode()).as("another unit's drafter").isEqualTo(404);
		softly.assertThat(browser.get("/camunda/app/cockpit/default/", "Accept", "text/html").statusCode())
			.as(role + " Cockpit")
			.isEqualTo(role == Role.ADMIN ? 200 : role == Role.ANONYMOUS ? 302 : 403);
		softly.assertAll();
	}

	private Task reviewTaskAfter(boolean personalInfo, boolean majorConcern) {
		ProcessInstance pi = scheduled.open("env-quality", "jiance");
		desk.complete(pi, ObligationProcess.TASK_EDIT_DRAFT, "jianceDrafter",
				Staff.draft("权限矩阵 " + UUID.randomUUID(), personalInfo, majorConcern));
		return openReviewTask(pi);
	}

	private Task approved(Task task, String reviewer) {
		return decided(task, reviewer, Map.of(ReviewChainProcess.VAR_REVIEW_DECISION, "APPROVE"));
	}

	private Task decided(Task task, String reviewer, Map<String, Object> form) {
		desk.staff().as(reviewer, () -> {
			engine.getTaskService().claim(task.getId(), reviewer);
			engine.getFormService().submitTaskForm(task.getId(), form);
		});
		return engine.getTaskService().createTaskQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
	}

	private Task openReviewTask(ProcessInstance pi) {
		ProcessInstance review = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.superProcessInstanceId(pi.getId())
			.singleResult();
		return engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).singleResult();
	}

	private Client client(Role role, Api api) {
		if (api == Api.REST) {
			WebClient rest = role == Role.ANONYMOUS ? new WebClient(port) : new WebClient(port).basic(role.user, Staff.PASSWORD);
			return new Client(rest, "/engine-rest", new String[0]);
		}
		if (role == Role.ANONYMOUS) {
			return new Client(new WebClient(port), "/camunda/api/engine/engine/default", new String[0]);
		}
		WebClient session = new WebClient(port).login(role.user);
		return new Client(session, "/camunda/api/engine/engine/default",
				new String[] { "X-XSRF-TOKEN", session.camundaXsrfToken() });
	}

	/** One of the two REST APIs, as one person. */
	private record Client(WebClient web, String base, String[] headers) {

		HttpResponse<String> get(String path) {
			return web.get(base + path, with("Accept", "application/json"));
		}

		HttpResponse<String> post(String path, String json) {
			return web.postJson(base + path, json, headers);
		}

		HttpResponse<String> put(String path, String json) {
			return web.send("PUT", base + path, json, headers);
		}

		private String[] with(String... more) {
			List<String> all = new ArrayList<>(List.of(headers));
			all.addAll(List.of(more));
			return all.toArray(String[]::new);
		}

	}

}
