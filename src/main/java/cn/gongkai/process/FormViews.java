package cn.gongkai.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.FormDataImpl;
import org.camunda.bpm.engine.impl.form.FormFieldImpl;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives each task's Camunda Form its {@link FormView} with the form's variables (Tasklist's and the REST API's form
 * variables) when the form is read, instead of task variables written when the task is created (issue 18): the review
 * forms' view of the record and the drafting form's values were about a dozen variables and two or three long texts
 * per task, inserted and deleted again on every step, copies of what the record's tables hold. Every user task with a
 * form, in every deployed version, gets its form's view this way. A view is given only to whoever Camunda lets read the
 * task's form variables; past that check it is written as the system, so that it may name the drafter and earlier
 * reviewers, whom the reader may not look up in the identity service.
 */
@Component
class FormViews extends AbstractProcessEnginePlugin {

	private final ObjectProvider<FormView> views;

	private final Map<String, Optional<FormView>> byForm = new ConcurrentHashMap<>();

	/** Looked up when a form is first read: the views' services are not needed to build the engine. */
	FormViews(ObjectProvider<FormView> views) {
		this.views = views;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		BpmnParseListener withViews = new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				String formRef = userTaskElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
				if (formRef != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
					TaskDefinition task = userTask.getTaskDefinition();
					task.setTaskFormHandler(new WithView(task.getTaskFormHandler(), formRef));
				}
			}
		};
		configuration.setCustomPostBPMNParseListeners(
				EngineLists.withLast(configuration.getCustomPostBPMNParseListeners(), withViews));
	}

	private Optional<FormView> viewOf(String formRef) {
		return byForm.computeIfAbsent(formRef,
				form -> views.orderedStream().filter(view -> view.forms().contains(form)).findFirst());
	}

	/** Camunda's form handler for the task, with the view's fields added to the form it creates. */
	private final class WithView implements TaskFormHandler {

		private final TaskFormHandler camundas;

		private final String formRef;

		WithView(TaskFormHandler camundas, String formRef) {
			this.camundas = camundas;
			this.formRef = formRef;
		}

		@Override
		public TaskFormData createTaskForm(TaskEntity task) {
			TaskFormData form = camundas.createTaskForm(task);
			Optional<FormView> view = viewOf(formRef);
			// Tasklist asks for a task's form (its key) and then for the form's variables: the view is read for the
			// variables only, once per opening.
			if (view.isEmpty()
					|| !(Context.getCommandInvocationContext().getCommand() instanceof GetTaskFormVariablesCmd)) {
				return form;
			}
			Map<String, TypedValue> values = Context.getCommandContext().runWithoutAuthorization(() -> view.get().of(task));
			List<FormField> fields = new ArrayList<>(form.getFormFields());
			values.forEach((key, value) -> {
				FormFieldImpl field = new FormFieldImpl();
				field.setId(key);
				field.setValue(value);
				fields.add(field);
			});
			((FormDataImpl) form).setFormFields(fields);
			return form;
		}

		@Override
		public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
				ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
			camundas.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
		}

		@Override
		public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
			camundas.submitFormVariables(properties, variableScope);
		}

	}

}
