package cn.gongkai.process;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gongkai.organization.Organization;
import cn.gongkai.record.TextHygiene;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AddUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What a signed-in person may ask of the engine beyond Camunda's own authorization, judged on the engine's command
 * objects, so it holds for the REST API, the webapps' API and the Java API alike:
 * <ul>
 * <li>a task completion (complete, submit form, resolve) and a start form write only the fields of that task's or
 * start event's Camunda Form, each a plain value without characters XML 1.0 forbids. Unit, type, record, obligation
 * and grade are never form fields, so no person can write a routing fact;</li>
 * <li>a person claims a task only for themselves, and may give back a task they hold;</li>
 * <li>starting or moving instances any other way (a bare start, messages, signals, conditions, modification,
 * restarts), writing variables directly, errors and escalations thrown from a task, handing a task to anyone else
 * (assignment, delegation, owner, candidates), creating or deleting tasks, and every change to jobs and job
 * definitions are for platform administrators only. The application itself does these things without a person's
 * login, in its own code.</li>
 * </ul>
 * Only the outermost command is judged: what the models' own listeners and delegates do inside it is the system's.
 */
class PersonCommandPolicy extends CommandInterceptor {

	static final String ADMIN_ONLY = "无权执行此操作：该操作仅限平台管理员";

	/**
	 * Commands that carry variables or move instances outside a form, or hand a task to someone its candidates are not:
	 * Camunda grants these through UPDATE on a task, which tasks created before TASK_WORK became the default still give.
	 */
	private static final Set<Class<?>> ADMIN_ONLY_COMMANDS = Set.of(StartProcessInstanceCmd.class,
			StartProcessInstanceAtActivitiesCmd.class, CorrelateMessageCmd.class, CorrelateAllMessageCmd.class,
			MessageEventReceivedCmd.class, SignalCmd.class, SignalEventReceivedCmd.class, EvaluateStartConditionCmd.class,
			ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationCmd.class,
			ProcessInstanceModificationBatchCmd.class, RestartProcessInstancesCmd.class, SetExecutionVariablesCmd.class,
			PatchExecutionVariablesCmd.class, RemoveExecutionVariablesCmd.class, SetTaskVariablesCmd.class,
			PatchTaskVariablesCmd.class, RemoveTaskVariablesCmd.class, HandleTaskBpmnErrorCmd.class,
			HandleTaskEscalationCmd.class, DelegateTaskCmd.class, SetTaskOwnerCmd.class, AddUserIdentityLinkCmd.class,
			AddGroupIdentityLinkCmd.class, DeleteUserIdentityLinkCmd.class, DeleteGroupIdentityLinkCmd.class,
			SaveTaskCmd.class, CreateTaskCmd.class, DeleteTaskCmd.class);

	private static final Field CLAIM_USER_ID = field(ClaimTaskCmd.class, "userId");
	private static final Field ASSIGN_TASK_ID = field(AbstractSetTaskPropertyCmd.class, "taskId");
	private static final Field ASSIGN_USER_ID = field(AbstractAddIdentityLinkCmd.class, "userId");
	private static final Field COMPLETE_TASK_ID = field(CompleteTaskCmd.class, "taskId");
	private static final Field COMPLETE_VARIABLES = field(CompleteTaskCmd.class, "variables");
	private static final Field SUBMIT_TASK_ID = field(SubmitTaskFormCmd.class, "taskId");
	private static final Field SUBMIT_VARIABLES = field(SubmitTaskFormCmd.class, "properties");
	private static final Field START_DEFINITION_ID = field(SubmitStartFormCmd.class, "processDefinitionId");
	private static final Field START_VARIABLES = field(SubmitStartFormCmd.class, "variables");

	private final FormFields formFields;
	private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

	PersonCommandPolicy(FormFields formFields) {
		this.formFields = formFields;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> T execute(Command<T> command) {
		int[] level = depth.get();
		Command<T> judged = level[0] == 0 ? (Command<T>) judge(command, Context.getCommandContext()) : command;
		level[0]++;
		try {
			return next.execute(judged);
		}
		finally {
			level[0]--;
		}
	}

	/** The command to run: the one given, or its equivalent within the person's permissions; refused otherwise. */
	private Command<?> judge(Command<?> command, CommandContext context) {
		String userId = context.getAuthenticatedUserId();
		List<String> groups = context.getAuthenticatedGroupIds();
		if (userId == null || groups != null && groups.contains(Organization.PLATFORM_ADMIN_GROUP)) {
			return command;
		}
		if (ADMIN_ONLY_COMMANDS.contains(command.getClass()) || isJobChange(command)) {
			throw new AuthorizationException(ADMIN_ONLY);
		}
		if (command instanceof ClaimTaskCmd) {
			// Camunda lets anyone who may work on a task claim it for somebody else, who could then complete it.
			String claimant = read(CLAIM_USER_ID, command);
			if (claimant != null && !claimant.equals(userId)) {
				throw new AuthorizationException("只能由本人认领任务");
			}
		}
		else if (command instanceof AssignTaskCmd && read(ASSIGN_USER_ID, command) != null
				&& !userId.equals(read(ASSIGN_USER_ID, command))) {
			throw new AuthorizationException("只能由本人认领任务");
		}
		else if (command instanceof AssignTaskCmd && read(ASSIGN_USER_ID, command) == null) {
			// Tasklist's "unclaim" sets the assignee to nobody, which needs the right to assign (refused to staff):
			// the person who holds the task gives it back, as a claim for nobody, which working on it allows.
			String taskId = read(ASSIGN_TASK_ID, command);
			TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
			if (task != null && userId.equals(task.getAssignee())) {
				return new ClaimTaskCmd(taskId, null);
			}
		}
		else if (command instanceof CompleteTaskCmd) {
			checkTaskFields(context, read(COMPLETE_TASK_ID, command), read(COMPLETE_VARIABLES, command));
		}
		else if (command instanceof SubmitTaskFormCmd) {
			checkTaskFields(context, read(SUBMIT_TASK_ID, command), read(SUBMIT_VARIABLES, command));
		}
		else if (command instanceof SubmitStartFormCmd) {
			String definitionId = read(START_DEFINITION_ID, command);
			Map<String, Object> variables = read(START_VARIABLES, command);
			BpmnModelInstance model = context.getProcessEngineConfiguration()
				.getDeploymentCache()
				.findBpmnModelInstanceForProcessDefinition(definitionId);
			String formRef = model == null ? null
					: model.getModelElementsByType(StartEvent.class)
						.stream()
						.filter(start -> start.getParentElement() instanceof Process && start.getCamundaFormRef() != null)
						.map(StartEvent::getCamundaFormRef)
						.findFirst()
						.orElse(null);
			checkFields(formRef, variables);
		}
		return command;
	}

	/** Jobs and job definitions: standalone jobs (history cleanup) have no authorization of their own in Camunda. */
	private static boolean isJobChange(Command<?> command) {
		String name = command.getClass().getSimpleName();
		return name.contains("Job") && !name.startsWith("Get") && !name.startsWith("Find");
	}

	private void checkTaskFields(CommandContext context, String taskId, Map<String, Object> variables) {
		if (variables == null || variables.isEmpty() || taskId == null) {
			return;
		}
		TaskEntity task = context.getTaskManager().findTaskById(taskId);
		if (task == null) {
			// The command itself answers for a task that does not exist.
			return;
		}
		// Camunda's own answer first: whoever may not work on the task learns nothing about its form.
		for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
			checker.checkTaskWork(task);
		}
		String formRef = null;
		if (task.getProcessDefinitionId() != null) {
			BpmnModelInstance model = context.getProcessEngineConfiguration()
				.getDeploymentCache()
				.findBpmnModelInstanceForProcessDefinition(task.getProcessDefinitionId());
			ModelElementInstance element = model.getModelElementById(task.getTaskDefinitionKey());
			if (element instanceof UserTask userTask) {
				formRef = userTask.getCamundaFormRef();
			}
		}
		checkFields(formRef, variables);
	}

	private void checkFields(String formRef, Map<String, Object> variables) {
		if (variables == null || variables.isEmpty()) {
			return;
		}
		Set<String> allowed = formRef == null ? Set.of() : formFields.of(formRef).orElse(Set.of());
		for (Map.Entry<String, Object> variable : variables.entrySet()) {
			if (!allowed.contains(variable.getKey())) {
				throw Refusals.refuse("提交被拒绝：表单中没有字段“" + TextHygiene.printable(variable.getKey()) + "”，只能提交本表单的字段");
			}
			Object value = variable.getValue() instanceof TypedValue typed ? typed.getValue() : variable.getValue();
			if (value instanceof String text) {
				TextHygiene.problem("字段“" + variable.getKey() + "”", text).ifPresent(problem -> {
					throw Refusals.refuse(problem);
				});
			}
			else if (value != null && !(value instanceof Boolean || value instanceof Number || value instanceof java.util.Date)) {
				throw Refusals.refuse("字段“" + variable.getKey() + "”的取值类型无效");
			}
		}
	}

	private static Field field(Class<?> type, String name) {
		try {
			Field field = type.getDeclaredField(name);
			field.setAccessible(true);
			return field;
		}
		catch (NoSuchFieldException ex) {
			// A Camunda upgrade renamed a field: fail at start-up, never let a completion through unchecked.
			throw new IllegalStateException("Camunda's " + type.getSimpleName() + " has no field " + name, ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static <V> V read(Field field, Object command) {
		try {
			return (V) field.get(command);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
