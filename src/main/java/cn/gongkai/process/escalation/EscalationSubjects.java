package cn.gongkai.process.escalation;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.escalation.Subject;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.organization.Organization;
import cn.gongkai.process.launchplan.LaunchPlanProcess;
import cn.gongkai.process.obligation.ObligationInstances;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.process.review.ReviewDeadlines;
import cn.gongkai.record.RecordService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Looks up what an escalation watches, fresh each time: it may have been done, or its due time recomputed. */
@Component
class EscalationSubjects {

	/** Reviewers who act for every unit (局主要领导, 保密办). */
	static final List<String> BUREAU_WIDE = List.of("chief", "secrecy-office");

	private final ObligationService obligations;
	private final RecordService records;
	private final Catalogue catalogue;
	private final TaskService taskService;
	private final Clock clock;
	private final ReviewDeadlines deadlines;
	private final ObligationInstances obligationInstances;
	private final Organization organization;

	EscalationSubjects(ObligationService obligations, RecordService records, Catalogue catalogue, TaskService taskService,
			Clock clock, ReviewDeadlines deadlines, ObligationInstances obligationInstances, Organization organization) {
		this.obligations = obligations;
		this.records = records;
		this.catalogue = catalogue;
		this.taskService = taskService;
		this.clock = clock;
		this.deadlines = deadlines;
		this.obligationInstances = obligationInstances;
		this.organization = organization;
	}

	/** Empty when the subject no longer exists (a completed task). */
	Optional<Subject> find(String kind, String id) {
		return EscalationProcess.OBLIGATION.equals(kind) ? obligation(id) : task(id);
	}

	private Optional<Subject> obligation(String id) {
		return obligations.find(Long.parseLong(id)).map(o -> new Subject(EscalationProcess.OBLIGATION, id, o.isOpen(),
				o.due().dueAt(), o.openedAt(), o.unitId(), o.typeKey(), typeName(o.typeKey()) + "：" + o.subject(),
				o.due().explanation(), false));
	}

	/**
	 * Through the engine's own entity lookup, which sees what the current transaction created: a watch's start is
	 * scheduled in the transaction that creates its task, before the task is written. A task completed meanwhile by
	 * another transaction may be read without its instance or variables; it is then gone.
	 */
	private Optional<Subject> task(String id) {
		TaskEntity task = Context.getCommandContext().getTaskManager().findTaskById(id);
		if (task == null || task.getDueDate() == null) {
			return Optional.empty();
		}
		ExecutionEntity instance = task.getProcessInstance();
		if (instance == null) {
			return Optional.empty();
		}
		if (!(instance.getVariableLocal(ReviewChainProcess.VAR_RECORD_ID) instanceof Number recordId)) {
			return caseTask(task, instance);
		}
		String unitId = (String) instance.getVariableLocal(ReviewChainProcess.VAR_UNIT_ID);
		String typeKey = (String) instance.getVariableLocal(ReviewChainProcess.VAR_TYPE_KEY);
		ZoneId zone = clock.getZone();
		// A record's own work outside review (a correction being edited): its name and description say what and why.
		if (!ReviewChainProcess.isReviewTask(task.getTaskDefinitionKey())) {
			return Optional.of(new Subject(EscalationProcess.TASK, id, true,
					task.getDueDate().toInstant().atZone(zone).toOffsetDateTime(),
					task.getCreateTime().toInstant().atZone(zone).toOffsetDateTime(), unitId, typeKey, task.getName(),
					task.getDescription(), false));
		}
		String title = records.get(recordId.longValue()).title();
		return Optional.of(new Subject(EscalationProcess.TASK, id, true,
				task.getDueDate().toInstant().atZone(zone).toOffsetDateTime(),
				task.getCreateTime().toInstant().atZone(zone).toOffsetDateTime(), unitId, typeKey,
				ReviewChainProcess.levelOf(task.getTaskDefinitionKey()).label() + "：" + title, deadlines.explanation(task),
				deadlines.urgent(typeKey, task.getCreateTime(), task.getDueDate())));
	}

	/**
	 * A task of a case before it has a record (a complaint's dispatch and handling): its unit is the one whose group may
	 * claim it, its type the process's, its name and description say what and why.
	 */
	private Optional<Subject> caseTask(TaskEntity task, ExecutionEntity instance) {
		String typeKey = instance.getProcessDefinition().getKey();
		Optional<String> unitId = task.getCandidates()
			.stream()
			.map(IdentityLink::getGroupId)
			.filter(group -> group != null && group.indexOf('-') > 0)
			.map(group -> group.substring(0, group.indexOf('-')))
			.filter(unit -> organization.unit(unit).isPresent())
			.findFirst();
		if (unitId.isEmpty()) {
			return Optional.empty();
		}
		ZoneId zone = clock.getZone();
		return Optional.of(new Subject(EscalationProcess.TASK, task.getId(), true,
				task.getDueDate().toInstant().atZone(zone).toOffsetDateTime(),
				task.getCreateTime().toInstant().atZone(zone).toOffsetDateTime(), unitId.get(), typeKey, task.getName(),
				task.getDescription(), false));
	}

	/**
	 * Where the work waits: the review task itself, or the open tasks of the instances that hold an obligation's work
	 * that belong to the obligation's unit or to the bureau-wide reviewers (a launch-plan instance holds every unit's
	 * tasks at once).
	 */
	List<String> openTasks(Subject subject) {
		if (EscalationProcess.TASK.equals(subject.kind())) {
			return List.of(subject.id());
		}
		List<String> instances = obligations.find(Long.parseLong(subject.id())).map(obligationInstances::of).orElse(List.of());
		if (instances.isEmpty()) {
			return List.of();
		}
		String unitId = subject.unitId();
		List<String> tasks = new ArrayList<>();
		for (Task task : taskService.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).list()) {
			if (belongsTo(task, unitId)) {
				tasks.add(task.getId());
			}
		}
		return tasks;
	}

	private boolean belongsTo(Task task, String unitId) {
		return candidateGroups(task).stream().anyMatch(g -> g.startsWith(unitId + "-") || BUREAU_WIDE.contains(g));
	}

	List<String> candidateGroups(Task task) {
		return taskService.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
	}

	private String typeName(String typeKey) {
		return LaunchPlanProcess.KEY.equals(typeKey) ? "信息公开专栏建设工作安排" : catalogue.type(typeKey).name();
	}

}
