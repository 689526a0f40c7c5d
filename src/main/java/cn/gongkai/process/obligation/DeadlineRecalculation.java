package cn.gongkai.process.obligation;

import java.util.Date;
import java.util.List;
import java.util.Set;

import cn.gongkai.calendar.CalendarChanged;
import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationDueMoved;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.change.ChangeDeadlines;
import cn.gongkai.process.change.RecordChangeProcess;
import cn.gongkai.process.escalation.EscalationProcess;
import cn.gongkai.process.escalation.EscalationWatches;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.process.review.ReviewDeadlines;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a year's holiday arrangement arrives or changes, every open deadline that depended on it follows: the
 * obligation's due time, its timer and its task's due date, and the due dates of open review, correction and
 * retraction tasks.
 */
@Component
class DeadlineRecalculation {

	private static final Logger log = LoggerFactory.getLogger(DeadlineRecalculation.class);

	private final ObligationService obligations;
	private final ReviewDeadlines reviewDeadlines;
	private final ManagementService managementService;
	private final TaskService taskService;
	private final ObligationInstances instances;
	private final ChangeDeadlines changeDeadlines;
	private final EscalationWatches watches;

	DeadlineRecalculation(ObligationService obligations, ReviewDeadlines reviewDeadlines,
			ManagementService managementService, TaskService taskService,
			ObligationInstances instances, ChangeDeadlines changeDeadlines, EscalationWatches watches) {
		this.obligations = obligations;
		this.reviewDeadlines = reviewDeadlines;
		this.managementService = managementService;
		this.taskService = taskService;
		this.instances = instances;
		this.changeDeadlines = changeDeadlines;
		this.watches = watches;
	}

	@EventListener
	void calendarChanged(CalendarChanged event) {
		int obligationCount = 0;
		for (ObligationService.Recomputed recomputed : obligations.recomputeProvisional()) {
			obligationCount++;
			if (recomputed.obligation().processInstanceId() != null) {
				follow(recomputed.obligation(), Date.from(recomputed.previous().dueAt().toInstant()));
			}
		}
		int reviewCount = 0;
		for (Task task : taskService.createTaskQuery().processDefinitionKey(ReviewChainProcess.KEY).active().list()) {
			String typeKey = (String) taskService.getVariable(task.getId(), ReviewChainProcess.VAR_TYPE_KEY);
			if (reviewDeadlines.urgent(typeKey, task.getCreateTime(), task.getDueDate())) {
				// Timed in hours from a release's due time, not in working days: the calendar does not move it.
				continue;
			}
			Date due = reviewDeadlines.dueAfter(typeKey, task.getCreateTime());
			if (!due.equals(task.getDueDate())) {
				task.setDueDate(due);
				taskService.saveTask(task);
				watches.follow(EscalationProcess.TASK, task.getId());
				reviewCount++;
			}
		}
		for (Task task : taskService.createTaskQuery()
			.processDefinitionKey(RecordChangeProcess.KEY)
			.taskDefinitionKeyIn(RecordChangeProcess.TASK_EDIT_CORRECTION, RecordChangeProcess.TASK_REVISE_RETRACTION)
			.active()
			.list()) {
			Object recordId = taskService.getVariable(task.getId(), ReviewChainProcess.VAR_RECORD_ID);
			// Tasks of the version before corrections were due have none; they stay so.
			if (task.getDueDate() == null || !(recordId instanceof Number id)) {
				continue;
			}
			ChangeDeadlines.Deadline deadline = changeDeadlines.of(id.longValue());
			if (!deadline.due().equals(task.getDueDate())) {
				task.setDueDate(deadline.due());
				task.setDescription(deadline.description());
				taskService.saveTask(task);
				watches.follow(EscalationProcess.TASK, task.getId());
				reviewCount++;
			}
		}
		log.info("Calendar {} changed: {} obligation deadlines and {} review, correction and retraction task due dates"
				+ " recomputed", event.year(), obligationCount, reviewCount);
	}

	/** An application's answer period extended or paused: the same as a recomputed due time, for one obligation. */
	@EventListener
	void dueMoved(ObligationDueMoved event) {
		Obligation obligation = obligations.get(event.obligationId());
		if (obligation.processInstanceId() != null) {
			follow(obligation, Date.from(event.previous().dueAt().toInstant()));
		}
	}

	/** Timers re-evaluate their expressions, which read the obligation; tasks that showed the old due time get the new. */
	private void follow(Obligation obligation, Date previousDue) {
		Date due = Date.from(obligation.due().dueAt().toInstant());
		List<String> holders = instances.of(obligation);
		for (Job job : managementService.createJobQuery().processInstanceIds(Set.copyOf(holders)).timers().list()) {
			if (previousDue.equals(job.getDuedate())) {
				managementService.recalculateJobDuedate(job.getId(), false);
			}
		}
		for (Task task : taskService.createTaskQuery().processInstanceIdIn(holders.toArray(String[]::new)).list()) {
			if (previousDue.equals(task.getDueDate())) {
				task.setDueDate(due);
				taskService.saveTask(task);
			}
		}
		watches.follow(EscalationProcess.OBLIGATION, String.valueOf(obligation.id()));
	}

}
