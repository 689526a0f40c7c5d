package cn.gongkai.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gongkai.process.change.RecordChangeProcess;
import cn.gongkai.process.escalation.EscalationProcess;
import cn.gongkai.process.obligation.ObligationProcess;
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

	/**
	 * The {@code fulfil-obligation} instance where {@code pi}'s obligation is being fulfilled now: {@code pi} itself when
	 * the schedule started it, or the one open instance {@code pi} called.
	 */
	public ProcessInstance fulfilment(ProcessInstance pi) {
		List<ProcessInstance> called = fulfilments(pi);
		if (called.isEmpty() && isFulfilment(pi)) {
			return pi;
		}
		assertThat(called).as("open fulfil-obligation instance of %s", pi.getId()).hasSize(1);
		return called.get(0);
	}

	/** The record {@code pi}'s obligation is being fulfilled with: its {@code fulfil-obligation} instance's business key. */
	public long recordOf(ProcessInstance pi) {
		return Long.parseLong(engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceId(fulfilment(pi).getId())
			.singleResult()
			.getBusinessKey());
	}

	/** {@code pi} and the {@code fulfil-obligation} instances it called: where a case's own work waits. */
	private String[] caseInstances(ProcessInstance pi) {
		List<String> ids = new ArrayList<>(List.of(pi.getId()));
		fulfilments(pi).forEach(f -> ids.add(f.getId()));
		return ids.toArray(String[]::new);
	}

	private List<ProcessInstance> fulfilments(ProcessInstance pi) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.superProcessInstanceId(pi.getId())
			.processDefinitionKey(ObligationProcess.KEY)
			.list();
	}

	private boolean isFulfilment(ProcessInstance pi) {
		return engine.getRepositoryService()
			.getProcessDefinition(pi.getProcessDefinitionId())
			.getKey()
			.equals(ObligationProcess.KEY);
	}

	/** The one open task of {@code pi}'s case (not of a review chain) with this definition key. */
	public Task task(ProcessInstance pi, String taskKey) {
		Task task = engine.getTaskService()
			.createTaskQuery()
			.processInstanceIdIn(caseInstances(pi))
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

	/** {@code reviewer} claims and completes the one open task of the review chain that {@code pi} called. */
	public void review(ProcessInstance pi, String reviewer, Map<String, Object> form) {
		Task task = engine.getTaskService().createTaskQuery().processInstanceId(reviewChain(pi).getId()).singleResult();
		decide(task, reviewer, form);
	}

	/** {@code reviewer} claims and completes the open review task {@code taskKey} (one of two at once, when expedited). */
	public void review(ProcessInstance pi, String taskKey, String reviewer, Map<String, Object> form) {
		Task task = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(reviewChain(pi).getId())
			.taskDefinitionKey(taskKey)
			.singleResult();
		assertThat(task).as("open review task %s", taskKey).isNotNull();
		decide(task, reviewer, form);
	}

	private void decide(Task task, String reviewer, Map<String, Object> form) {
		staff.as(reviewer, () -> {
			engine.getTaskService().claim(task.getId(), reviewer);
			engine.getFormService().submitTaskForm(task.getId(), form);
		});
	}

	/** The unit's drafter submits a complete record from the drafting task {@code editTaskKey}. */
	public void draft(ProcessInstance pi, String editTaskKey, String unit, String title) {
		complete(pi, editTaskKey, unit + "Drafter", Staff.draft(title, false, false));
	}

	/**
	 * The unit's drafter submits a complete record filed in {@code section} from the obligation's drafting task, and
	 * every level approves and publishes it: its record id.
	 */
	public long draftAndPublish(ProcessInstance pi, String unit, String title, String section) {
		Map<String, Object> form = new HashMap<>(Staff.draft(title, false, false));
		form.put("section", section);
		complete(pi, ObligationProcess.TASK_EDIT_DRAFT, unit + "Drafter", form);
		approveAndPublish(pi, unit);
		return Long.parseLong(pi.getBusinessKey());
	}

	/** Every level of the review chain approves, and the unit's secrecy reviewer agrees to publish. */
	public void approveAndPublish(ProcessInstance pi, String unit) {
		for (int step = 0; step < 7; step++) {
			ProcessInstance review = reviewChain(pi);
			if (review == null) {
				return;
			}
			Task task = engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).list().get(0);
			Map<String, Object> form = new HashMap<>();
			String reviewer = switch (task.getTaskDefinitionKey()) {
				case ReviewChainProcess.TASK_UNIT_HEAD_REVIEW -> unit + "Head";
				case ReviewChainProcess.TASK_LEADER_REVIEW, ReviewChainProcess.TASK_LEADER_REVIEW_EXPEDITED -> unit + "Leader";
				case ReviewChainProcess.TASK_CHIEF_REVIEW, ReviewChainProcess.TASK_CHIEF_REVIEW_EXPEDITED -> "chief";
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
			decide(task, reviewer, form);
		}
		throw new IllegalStateException("The review chain did not end");
	}

	/** The review chain open under {@code pi}'s case; null when none is. */
	public ProcessInstance reviewChain(ProcessInstance pi) {
		List<ProcessInstance> chains = new ArrayList<>();
		for (String instance : caseInstances(pi)) {
			chains.addAll(engine.getRuntimeService()
				.createProcessInstanceQuery()
				.superProcessInstanceId(instance)
				.processDefinitionKey(ReviewChainProcess.KEY)
				.list());
		}
		assertThat(chains).as("open review chains of %s", pi.getId()).hasSizeLessThan(2);
		return chains.isEmpty() ? null : chains.get(0);
	}

	/**
	 * Runs what the escalation watch {@code watchBusinessKey} has due now, as the job executor would, until it rests:
	 * its scheduled start once its first step is due, each step's email, then the timer of the next step.
	 */
	public void runWatch(String watchBusinessKey) {
		Job start = engine.getManagementService()
			.createJobQuery()
			.jobId(EscalationProcess.startJobId(watchBusinessKey))
			.executable()
			.singleResult();
		if (start != null) {
			engine.getManagementService().executeJob(start.getId());
		}
		for (int round = 0; round < 20; round++) {
			ProcessInstance watch = engine.getRuntimeService()
				.createProcessInstanceQuery()
				.processInstanceBusinessKey(watchBusinessKey)
				.singleResult();
			if (watch == null) {
				return;
			}
			List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(watch.getId()).executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
		}
		throw new IllegalStateException("The watch " + watchBusinessKey + " did not come to rest");
	}

	/** The open correction or retraction ({@code record-change}) of a record. */
	public ProcessInstance change(long recordId) {
		return engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(RecordChangeProcess.KEY)
			.processInstanceBusinessKey(String.valueOf(recordId))
			.active()
			.singleResult();
	}

	/** The timer jobs of {@code pi}'s case (its deadlines). */
	public List<Job> timers(ProcessInstance pi) {
		return engine.getManagementService()
			.createJobQuery()
			.processInstanceIds(Set.of(caseInstances(pi)))
			.timers()
			.list();
	}

	/** Fires the one timer of {@code pi} whose activity is {@code timerId}, as the job executor would at its time. */
	public void fire(ProcessInstance pi, String timerId) {
		// One query per instance: the engine's job query writes invalid SQL for activityId with processInstanceIds.
		List<Job> jobs = new ArrayList<>();
		for (String instance : caseInstances(pi)) {
			jobs.addAll(engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(timerId).list());
		}
		assertThat(jobs).as("timer %s", timerId).hasSizeLessThan(2);
		Job job = jobs.isEmpty() ? null : jobs.get(0);
		assertThat(job).as("timer %s", timerId).isNotNull();
		assertThat(job.getDuedate()).as("due time of %s has come", timerId).isBeforeOrEqualTo(ClockUtil.getCurrentTime());
		engine.getManagementService().executeJob(job.getId());
	}

}
