package cn.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.process.review.ReviewChainProcess;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The bureau's staff at work on one process instance: the unit's drafter fills the record, the unit's reviewers decide
 * as the grade requires. Demo users are named after their unit ({@code zhiduiDrafter}, {@code zhiduiHead}).
 */
public final class Desk {

	private final ProcessEngine engine;
	private final Staff staff;

	public Desk(ProcessEngine engine) {
		this.engine = engine;
		this.staff = new Staff(engine);
	}

	public static void clockAt(String isoWithOffset) {
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(isoWithOffset).toInstant()));
	}

	public Staff staff() {
		return staff;
	}

	/** The latest deployed version of a process, whose start form staff submit. */
	public String definitionId(String processKey) {
		return engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.latestVersion()
			.singleResult()
			.getId();
	}

	/** The one open task of {@code pi} (not of its review sub-instance) with this definition key. */
	public Task task(ProcessInstance pi, String taskKey) {
		Task task = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(pi.getId())
			.taskDefinitionKey(taskKey)
			.singleResult();
		assertThat(task).as("open task %s", taskKey).isNotNull();
		return task;
	}

	public void complete(ProcessInstance pi, String taskKey, String userId, Map<String, Object> form) {
		Task task = task(pi, taskKey);
		staff.as(userId, () -> {
			if (task.getAssignee() == null) {
				engine.getTaskService().claim(task.getId(), userId);
			}
			engine.getFormService().submitTaskForm(task.getId(), form);
		});
	}

	/** {@code reviewer} claims and completes the open task of the review chain that {@code pi} called. */
	public void review(ProcessInstance pi, String reviewer, Map<String, Object> form) {
		ProcessInstance chain = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.superProcessInstanceId(pi.getId())
			.singleResult();
		Task task = engine.getTaskService().createTaskQuery().processInstanceId(chain.getId()).singleResult();
		staff.as(reviewer, () -> {
			engine.getTaskService().claim(task.getId(), reviewer);
			engine.getFormService().submitTaskForm(task.getId(), form);
		});
	}

	/** The unit's drafter submits a complete record from the drafting task {@code editTaskKey}. */
	public void draft(ProcessInstance pi, String editTaskKey, String unit, String title) {
		complete(pi, editTaskKey, unit + "Drafter", Staff.draft(title, false, false));
	}

	/** Every level of the review chain approves, and the unit's secrecy reviewer agrees to publish. */
	public void approveAndPublish(ProcessInstance pi, String unit) {
		for (int step = 0; step < 6; step++) {
			List<ProcessInstance> reviews = engine.getRuntimeService()
				.createProcessInstanceQuery()
				.superProcessInstanceId(pi.getId())
				.list();
			if (reviews.isEmpty()) {
				return;
			}
			Task task = engine.getTaskService().createTaskQuery().processInstanceId(reviews.get(0).getId()).singleResult();
			Map<String, Object> form = new HashMap<>();
			String reviewer = switch (task.getTaskDefinitionKey()) {
				case ReviewChainProcess.TASK_UNIT_HEAD_REVIEW -> unit + "Head";
				case ReviewChainProcess.TASK_LEADER_REVIEW -> unit + "Leader";
				case ReviewChainProcess.TASK_CHIEF_REVIEW -> "chief";
				case ReviewChainProcess.TASK_SECRECY_REVIEW -> unit + "Secrecy";
				default -> throw new IllegalStateException("Unexpected review task " + task.getTaskDefinitionKey());
			};
			if (task.getTaskDefinitionKey().equals(ReviewChainProcess.TASK_SECRECY_REVIEW)) {
				form.put("secrecyOutcome", "PUBLISH");
				form.put("reviewBasis", "《保密法》及本局保密审查办法");
				form.put("reviewConclusion", "不涉及国家秘密，同意公开");
			}
			else {
				form.put("reviewDecision", "APPROVE");
				form.put("reviewComment", "同意");
			}
			staff.as(reviewer, () -> {
				engine.getTaskService().claim(task.getId(), reviewer);
				engine.getFormService().submitTaskForm(task.getId(), form);
			});
		}
		throw new IllegalStateException("The review chain did not end");
	}

	/** The timer jobs of {@code pi} itself (its deadlines). */
	public List<Job> timers(ProcessInstance pi) {
		return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().list();
	}

	/** Fires the one timer of {@code pi} whose activity is {@code timerId}, as the job executor would at its time. */
	public void fire(ProcessInstance pi, String timerId) {
		Job job = engine.getManagementService()
			.createJobQuery()
			.processInstanceId(pi.getId())
			.activityId(timerId)
			.singleResult();
		assertThat(job).as("timer %s", timerId).isNotNull();
		assertThat(job.getDuedate()).as("due time of %s has come", timerId).isBeforeOrEqualTo(ClockUtil.getCurrentTime());
		engine.getManagementService().executeJob(job.getId());
	}

}
