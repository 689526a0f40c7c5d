package cn.gongkai.process;

import static org.assertj.core.api.Assertions.assertThat;

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
import cn.gongkai.support.Desk;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.support.Staff;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Issue 18: a person's commands no longer read every group named in any grant before their first check, and every
 * check still sees the person's groups: a revoking authorization on one of them is honoured as Camunda honours it.
 */
@GongkaiTest
class AuthorizationLookupsTest extends RunningApplication {

	/** MyBatis logs each statement under its id; Camunda's authorization statements share this namespace. */
	private static final String AUTHORIZATION_STATEMENTS = "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity";

	final ListAppender<ILoggingEvent> statements = new ListAppender<>();
	Logger statementLog;
	Desk desk;
	Staff staff;
	Task review;

	@BeforeEach
	void aReviewForTheUnitHead() {
		desk = new Desk(engine);
		staff = desk.staff();
		ProcessInstance obligation = scheduled.open("env-quality", "jiance");
		desk.complete(obligation, ObligationProcess.TASK_EDIT_DRAFT, "jianceDrafter",
				Staff.draft("分组查询 " + UUID.randomUUID(), false, false));
		review = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(desk.reviewChain(obligation).getId())
			.singleResult();
		statementLog = (Logger) LoggerFactory.getLogger(AUTHORIZATION_STATEMENTS);
		statementLog.setLevel(Level.DEBUG);
		statementLog.addAppender(statements);
		statements.start();
	}

	@AfterEach
	void stopListening() {
		statementLog.detachAppender(statements);
		statementLog.setLevel(null);
	}

	@Test
	void aPersonsListClaimAndCheckDoNotReadEveryGroupNamedInAGrant() {
		staff.as("jianceHead", () -> {
			assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
			engine.getTaskService().claim(review.getId(), "jianceHead");
		});
		assertThat(statements.list).as("Camunda's revoke check ran, so the statements were logged")
			.anyMatch(event -> event.getLoggerName().endsWith(".selectRevokeAuthorization"));
		assertThat(statements.list).noneMatch(event -> event.getLoggerName().endsWith(".selectAuthorizedGroupIds"));
	}

	@Test
	void theNextTasksGrantsAreWrittenWithoutLookingForEarlierOnesAndAClaimStillAddsToItsOwn() {
		staff.as("jianceHead", () -> engine.getTaskService().claim(review.getId(), "jianceHead"));
		statements.list.clear();
		staff.as("jianceHead", () -> engine.getFormService()
			.submitTaskForm(review.getId(), Map.of("reviewDecision", "APPROVE", "reviewComment", "同意")));
		Task next = engine.getTaskService().createTaskQuery().processInstanceId(review.getProcessInstanceId()).singleResult();
		assertThat(statements.list).as("the next task's grants were written")
			.anyMatch(event -> event.getLoggerName().endsWith(".insertAuthorization"));
		assertThat(statements.list).noneMatch(event -> event.getLoggerName().endsWith(".selectAuthorizationByParameters"));
		String group = engine.getTaskService().getIdentityLinksForTask(next.getId()).get(0).getGroupId();
		assertThat(engine.getAuthorizationService()
			.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(Resources.TASK)
			.resourceId(next.getId())
			.singleResult()
			.isPermissionGranted(Permissions.TASK_WORK)).isTrue();

		// An existing task: a claim, given back and claimed again, adds to the claimer's one grant.
		String claimer = Map.of("jiance-leader", "jianceLeader", "chief", "chief", "jiance-secrecy", "jianceSecrecy").get(group);
		staff.as(claimer, () -> engine.getTaskService().claim(next.getId(), claimer));
		engine.getTaskService().setAssignee(next.getId(), null);
		staff.as(claimer, () -> engine.getTaskService().claim(next.getId(), claimer));
		assertThat(engine.getAuthorizationService()
			.createAuthorizationQuery()
			.userIdIn(claimer)
			.resourceType(Resources.TASK)
			.resourceId(next.getId())
			.count()).isOne();
	}

	@Test
	void aRevokingAuthorizationOnOneOfThePersonsGroupsStillHidesTheTask() {
		List<String> groups = engine.getIdentityService()
			.createGroupQuery()
			.groupMember("jianceHead")
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		assertThat(groups).contains("jiance-unit-head");
		Task notice = engine.getTaskService().newTask();
		notice.setName("全局可见的任务");
		engine.getTaskService().saveTask(notice);
		Authorization everyone = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
		everyone.setResource(Resources.TASK);
		everyone.setResourceId(notice.getId());
		everyone.addPermission(Permissions.READ);
		Authorization revoke = engine.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
		revoke.setGroupId("jiance-unit-head");
		revoke.setResource(Resources.TASK);
		revoke.setResourceId(notice.getId());
		revoke.removePermission(Permissions.READ);
		engine.getAuthorizationService().saveAuthorization(everyone);
		try {
			assertThat(visibleTo("jianceHead")).contains(notice.getId());
			engine.getAuthorizationService().saveAuthorization(revoke);
			assertThat(engine.getAuthorizationService()
				.isUserAuthorized("jianceHead", groups, Permissions.READ, Resources.TASK, notice.getId()))
				.as("Camunda's own check of the one task")
				.isFalse();
			Set<String> visible = visibleTo("jianceHead");
			assertThat(visible).doesNotContain(notice.getId()).contains(review.getId());
			assertThat(staff.as("jianceHead", () -> engine.getTaskService().createTaskQuery().count()))
				.isEqualTo(visible.size());
			assertThat(visibleTo("jianceDrafter")).as("a person outside the revoked group").contains(notice.getId());
		}
		finally {
			engine.getAuthorizationService().deleteAuthorization(everyone.getId());
			if (revoke.getId() != null) {
				engine.getAuthorizationService().deleteAuthorization(revoke.getId());
			}
			engine.getTaskService().deleteTask(notice.getId(), true);
		}
	}

	private Set<String> visibleTo(String person) {
		return staff.as(person,
				() -> engine.getTaskService().createTaskQuery().list().stream().map(Task::getId).collect(Collectors.toSet()));
	}

}
