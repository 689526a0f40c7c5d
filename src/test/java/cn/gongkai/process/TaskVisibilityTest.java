package cn.gongkai.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.support.Desk;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.support.Staff;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

/**
 * Issue 18: a person's task query checked by the grants on each task shows every person exactly the tasks Camunda's
 * own check shows. The oracle is the engine's single-task check ({@code AuthorizationService.isUserAuthorized}: READ
 * on the task, or READ_TASK on its definition), asked for every open task and every person of the organization; the
 * query path actually taken is read from MyBatis's statement log.
 */
@GongkaiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskVisibilityTest extends RunningApplication {

	private static final String GRANT_CHECKED = "cn.gongkai.process.TaskVisibility.selectTask";

	Desk desk;
	Staff staff;
	Task grantedOnly;
	Authorization grant;
	final ListAppender<ILoggingEvent> statements = new ListAppender<>();
	Logger statementLog;

	@BeforeAll
	void openTasksOfEveryKind() {
		desk = new Desk(engine);
		staff = desk.staff();
		scheduled.open("env-quality", "jiance");
		scheduled.open("enforcement", "zhidui");
		ProcessInstance claimed = scheduled.open("env-quality", "jiance");
		desk.complete(claimed, ObligationProcess.TASK_EDIT_DRAFT, "jianceDrafter",
				Staff.draft("可见性 " + UUID.randomUUID(), false, false));
		Task headReview = review(claimed);
		staff.as("jianceHead", () -> engine.getTaskService().claim(headReview.getId(), "jianceHead"));
		ProcessInstance unclaimed = scheduled.open("env-quality", "jiance");
		desk.complete(unclaimed, ObligationProcess.TASK_EDIT_DRAFT, "jianceDrafter",
				Staff.draft("可见性 " + UUID.randomUUID(), false, false));
		ProcessInstance toChief = scheduled.open("env-quality", "jiance");
		desk.complete(toChief, ObligationProcess.TASK_EDIT_DRAFT, "jianceDrafter",
				Staff.draft("可见性 " + UUID.randomUUID(), true, true));
		approve(review(toChief), "jianceHead");
		approve(review(toChief), "jianceLeader");
		ProcessInstance givenBack = scheduled.open("enforcement", "zhidui");
		Task draft = desk.task(givenBack, ObligationProcess.TASK_EDIT_DRAFT);
		staff.as("zhiduiDrafter", () -> {
			engine.getTaskService().claim(draft.getId(), "zhiduiDrafter");
			engine.getTaskService().setAssignee(draft.getId(), null);
		});
		// A task with no candidates that an administrator opened to one person by a grant of its own.
		grantedOnly = engine.getTaskService().newTask();
		grantedOnly.setName("单独授权的任务");
		engine.getTaskService().saveTask(grantedOnly);
		AuthorizationService authorizations = engine.getAuthorizationService();
		grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		grant.setUserId("supervisor");
		grant.setResource(Resources.TASK);
		grant.setResourceId(grantedOnly.getId());
		grant.addPermission(Permissions.READ);
		authorizations.saveAuthorization(grant);

		statementLog = (Logger) LoggerFactory.getLogger("cn.gongkai.process.TaskVisibility");
		statementLog.setLevel(Level.DEBUG);
		statementLog.addAppender(statements);
		statements.start();
	}

	@AfterAll
	void removeTheGrantedTask() {
		statementLog.detachAppender(statements);
		statementLog.setLevel(null);
		engine.getAuthorizationService().deleteAuthorization(grant.getId());
		engine.getTaskService().deleteTask(grantedOnly.getId(), true);
	}

	@Test
	void everyPersonSeesExactlyTheTasksCamundasCheckAllows() {
		List<Task> open = engine.getTaskService().createTaskQuery().list();
		assertThat(open).hasSizeGreaterThanOrEqualTo(7);
		List<User> people = engine.getIdentityService().createUserQuery().list();
		assertThat(people).hasSizeGreaterThan(40);
		int nonEmpty = 0;
		for (User person : people) {
			List<String> groups = groupsOf(person.getId());
			Map<String, Boolean> definitions = new HashMap<>();
			Set<String> allowed = open.stream()
				.filter(task -> mayRead(person.getId(), groups, task, definitions))
				.map(Task::getId)
				.collect(Collectors.toSet());
			statements.list.clear();
			Set<String> listed = staff.as(person.getId(),
					() -> engine.getTaskService().createTaskQuery().list().stream().map(Task::getId).collect(Collectors.toSet()));
			long counted = staff.as(person.getId(), () -> engine.getTaskService().createTaskQuery().count());
			assertThat(listed).as(person.getId() + "'s task list").isEqualTo(allowed);
			assertThat(counted).as(person.getId() + "'s count").isEqualTo(allowed.size());
			boolean administrator = groups.contains("camunda-admin");
			assertThat(statements.list.stream().anyMatch(e -> e.getLoggerName().startsWith(GRANT_CHECKED)))
				.as(person.getId() + " checked by the grants on each task")
				.isEqualTo(!administrator);
			nonEmpty += allowed.isEmpty() ? 0 : 1;
		}
		// jiance's drafter and head, the chief, zhidui's drafter, the supervisor (by the grant) and the administrators.
		assertThat(nonEmpty).as("people who see a task").isGreaterThanOrEqualTo(6);
	}

	@Test
	void theUnitHeadsTasklistFilterAndTheChiefsAreTheirGroupsTasks() {
		Set<String> headsGroupTasks = unassignedOf("jiance-unit-head");
		assertThat(headsGroupTasks).isNotEmpty();
		Set<String> filtered = staff.as("jianceHead", () -> engine.getTaskService()
			.createTaskQuery()
			.taskCandidateGroupIn(groupsOf("jianceHead"))
			.orderByTaskCreateTime()
			.desc()
			.listPage(0, 1000)
			.stream()
			.map(Task::getId)
			.collect(Collectors.toSet()));
		assertThat(filtered).containsAll(headsGroupTasks);
		Set<String> chiefs = staff.as("chief", () -> engine.getTaskService()
			.createTaskQuery()
			.taskCandidateGroup("chief")
			.list()
			.stream()
			.map(Task::getId)
			.collect(Collectors.toSet()));
		assertThat(chiefs).isEqualTo(unassignedOf("chief")).isNotEmpty();
		assertThat(staff.as("supervisor", () -> engine.getTaskService().createTaskQuery().taskId(grantedOnly.getId()).count()))
			.as("a task opened to one person by a grant of its own")
			.isEqualTo(1);
	}

	@Test
	void aPersonWithAWideGrantKeepsCamundasOwnCheck() {
		Authorization wide = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		wide.setUserId("secrecyOffice");
		wide.setResource(Resources.PROCESS_DEFINITION);
		wide.setResourceId(ObligationProcess.KEY);
		wide.addPermission(ProcessDefinitionPermissions.READ_TASK);
		engine.getAuthorizationService().saveAuthorization(wide);
		try {
			Set<String> drafts = engine.getTaskService()
				.createTaskQuery()
				.processDefinitionKey(ObligationProcess.KEY)
				.list()
				.stream()
				.map(Task::getId)
				.collect(Collectors.toSet());
			statements.list.clear();
			Set<String> seen = staff.as("secrecyOffice", () -> engine.getTaskService()
				.createTaskQuery()
				.list()
				.stream()
				.map(Task::getId)
				.collect(Collectors.toSet()));
			assertThat(seen).containsAll(drafts).isNotEmpty();
			assertThat(statements.list).noneMatch(e -> e.getLoggerName().startsWith(GRANT_CHECKED));
		}
		finally {
			engine.getAuthorizationService().deleteAuthorization(wide.getId());
		}
	}

	/** Camunda's rule for one task: READ on it, or READ_TASK on its definition (asked once per definition). */
	private boolean mayRead(String userId, List<String> groups, Task task, Map<String, Boolean> definitions) {
		AuthorizationService authorizations = engine.getAuthorizationService();
		if (authorizations.isUserAuthorized(userId, groups, Permissions.READ, Resources.TASK, task.getId())) {
			return true;
		}
		if (task.getProcessDefinitionId() == null) {
			return false;
		}
		return definitions.computeIfAbsent(task.getProcessDefinitionId(),
				id -> authorizations.isUserAuthorized(userId, groups, ProcessDefinitionPermissions.READ_TASK,
						Resources.PROCESS_DEFINITION, engine.getRepositoryService().getProcessDefinition(id).getKey()));
	}

	private Set<String> unassignedOf(String group) {
		return engine.getTaskService()
			.createTaskQuery()
			.taskCandidateGroup(group)
			.list()
			.stream()
			.map(Task::getId)
			.collect(Collectors.toSet());
	}

	private List<String> groupsOf(String userId) {
		return engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
	}

	private Task review(ProcessInstance pi) {
		return engine.getTaskService().createTaskQuery().processInstanceId(desk.reviewChain(pi).getId()).singleResult();
	}

	private void approve(Task task, String reviewer) {
		staff.as(reviewer, () -> {
			engine.getTaskService().claim(task.getId(), reviewer);
			engine.getFormService()
				.submitTaskForm(task.getId(), Map.of(ReviewChainProcess.VAR_REVIEW_DECISION, "APPROVE"));
		});
	}

}
