package cn.gongkai.process;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.workspace.OpenTasks;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** A person's open tasks from the engine, as their home page lists them. */
@Component
class StaffTasks implements OpenTasks {

	private final TaskService taskService;
	private final RepositoryService repositoryService;
	private final Clock clock;

	StaffTasks(TaskService taskService, RepositoryService repositoryService, Clock clock) {
		this.taskService = taskService;
		this.repositoryService = repositoryService;
		this.clock = clock;
	}

	@Override
	public Optional<String> draftingHolder(long recordId) {
		return taskService.createTaskQuery()
			.processInstanceBusinessKey(String.valueOf(recordId))
			.taskDefinitionKey(ObligationProcess.TASK_EDIT_DRAFT)
			.taskAssigned()
			.list()
			.stream()
			.map(Task::getAssignee)
			.findFirst();
	}

	@Override
	public List<OpenTask> of(String userId, int limit) {
		// The candidate query resolves the person's groups itself, as Tasklist's 本组待办 does.
		List<Task> tasks = taskService.createTaskQuery()
			.or()
			.taskAssignee(userId)
			.taskCandidateUser(userId)
			.endOr()
			.active()
			.orderByDueDate()
			.asc()
			.orderByTaskCreateTime()
			.asc()
			.listPage(0, limit);
		// One lookup per process definition, not per task; a task created by hand belongs to no process.
		Map<String, String> processNames = new HashMap<>();
		return tasks.stream()
			.map(task -> new OpenTask(task.getId(), task.getName(),
					task.getProcessDefinitionId() == null ? "独立任务"
							: processNames.computeIfAbsent(task.getProcessDefinitionId(),
									id -> repositoryService.getProcessDefinition(id).getName()),
					task.getDueDate() == null ? null
							: task.getDueDate().toInstant().atZone(clock.getZone()).toOffsetDateTime(),
					userId.equals(task.getAssignee())))
			.toList();
	}

}
