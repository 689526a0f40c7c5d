package cn.gongkai.process.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.record.ChangeKind;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.RecordStatus;
import cn.gongkai.support.Desk;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.support.Staff;
import cn.gongkai.workspace.ChangeRequests;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Finding 5: a body of the largest allowed length (200,000 characters, fifty times the engine's string column) through
 * every path that shows it to the drafter again: a return for revision, a correction, and a retraction with the
 * longest reason, each ending in review; on the way, the returned draft in the task lists of its drafter and of
 * another unit's. The PostgreSQL and the H2 test walk it, each on its own application.
 */
abstract class LongTextJourney extends RunningApplication {

	static final int BODY_MAX = 200_000;

	@Autowired
	ChangeRequests changes;

	@Autowired
	RecordService records;

	@Test
	void aBodyOfTheLargestAllowedLengthGoesThroughReturnCorrectionAndRetraction() {
		Desk desk = new Desk(engine);
		String body = "监测".repeat(BODY_MAX / 2 - 1) + "甲";
		ProcessInstance pi = scheduled.open("env-quality", "jiance");
		desk.complete(pi, ObligationProcess.TASK_EDIT_DRAFT, "jianceDrafter", form("长正文", body));
		desk.review(pi, "jianceHead", Map.of("reviewDecision", "RETURN", "reviewComment", "请核对点位"));
		assertThat(bodyShownIn(desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT))).isEqualTo(body);
		// A person's task lists are checked by the grants on each task (TaskVisibility): on this database too.
		String returned = desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT).getId();
		assertThat(listedFor(desk, "jianceDrafter", returned)).as("the drafter's lists").isTrue();
		assertThat(listedFor(desk, "zhiduiDrafter", returned)).as("another unit's drafter's lists").isFalse();

		String revised = body.substring(1) + "乙";
		desk.complete(pi, ObligationProcess.TASK_EDIT_DRAFT, "jianceDrafter", form("长正文", revised));
		desk.approveAndPublish(pi, "jiance");
		long recordId = Long.parseLong(pi.getBusinessKey());
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.PUBLISHED);
		assertThat(records.get(recordId).content().body()).isEqualTo(revised);

		changes.request(recordId, ChangeKind.CORRECTION, "点位名称有误", "jianceDrafter");
		ProcessInstance correction = desk.change(recordId);
		assertThat(bodyShownIn(desk.task(correction, RecordChangeProcess.TASK_EDIT_CORRECTION))).isEqualTo(revised);
		String corrected = revised.substring(1) + "丙";
		desk.complete(correction, RecordChangeProcess.TASK_EDIT_CORRECTION, "jianceDrafter", form("长正文（更正）", corrected));
		desk.review(correction, "jianceHead", Map.of("reviewDecision", "RETURN", "reviewComment", "再核对一次"));
		assertThat(bodyShownIn(desk.task(correction, RecordChangeProcess.TASK_EDIT_CORRECTION))).isEqualTo(corrected);
		desk.complete(correction, RecordChangeProcess.TASK_EDIT_CORRECTION, "jianceDrafter", form("长正文（更正）", corrected));
		desk.approveAndPublish(correction, "jiance");
		assertThat(records.get(recordId).content().body()).isEqualTo(corrected);

		String reason = "理".repeat(1000);
		changes.request(recordId, ChangeKind.RETRACTION, reason, "jianceDrafter");
		ProcessInstance retraction = desk.change(recordId);
		desk.review(retraction, "jianceHead", Map.of("reviewDecision", "RETURN", "reviewComment", "理由需更具体"));
		desk.complete(retraction, RecordChangeProcess.TASK_REVISE_RETRACTION, "jianceDrafter",
				Map.of("retractionReason", reason.substring(1) + "由", "cancelRequest", false));
		desk.approveAndPublish(retraction, "jiance");
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.RETRACTED);
	}

	/** Whether the person's task lists hold the task: asked as the REST API asks, and as Tasklist's lists ask. */
	private boolean listedFor(Desk desk, String person, String taskId) {
		List<String> groups = engine.getIdentityService()
			.createGroupQuery()
			.groupMember(person)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		return desk.staff().as(person, () -> {
			TaskService tasks = engine.getTaskService();
			boolean byId = tasks.createTaskQuery().taskId(taskId).count() == 1;
			boolean inGroups = tasks.createTaskQuery()
				.taskCandidateGroupIn(groups)
				.includeAssignedTasks()
				.list()
				.stream()
				.anyMatch(task -> task.getId().equals(taskId));
			assertThat(inGroups).as(person + ": the candidate query agrees").isEqualTo(byId);
			return byId;
		});
	}

	/** What the drafting form shows as 正文: the form's variables as Tasklist reads them. */
	private String bodyShownIn(Task task) {
		return (String) engine.getFormService().getTaskFormVariables(task.getId()).get("body");
	}

	private static Map<String, Object> form(String title, String body) {
		Map<String, Object> form = new HashMap<>(Staff.draft(title, false, false));
		form.put("body", body);
		form.put("section", "water-quality");
		return form;
	}

}
