package cn.gongkai.process.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The review forms' read-only view of the record ({@link ReviewView}) is given with the form's variables, as the
 * form is read (Tasklist's and the REST API's form variables), instead of being written into task variables when each
 * review task is created (issue 18): about ten variables and two long texts per review level were inserted and deleted
 * again on every record, copies of what the record's tables hold. Every user task of the review chain, in every
 * deployed version, gets its view this way. The view is given to whoever may read the task's variables, as the task
 * variables were.
 */
@Component
class ReviewForms extends AbstractProcessEnginePlugin {

	private final ObjectProvider<ReviewView> view;

	/** Looked up when a form is first read: the view's services are not needed to build the engine. */
	ReviewForms(ObjectProvider<ReviewView> view) {
		this.view = view;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = new ArrayList<>();
		if (configuration.getCustomPostBPMNParseListeners() != null) {
			listeners.addAll(configuration.getCustomPostBPMNParseListeners());
		}
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				if (scope.getProcessDefinition() instanceof ProcessDefinitionEntity definition
						&& ReviewChainProcess.KEY.equals(definition.getKey())
						&& activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
					TaskDefinition task = userTask.getTaskDefinition();
					task.setTaskFormHandler(new WithReviewView(task.getTaskFormHandler()));
				}
			}
		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	/** Camunda's form handler for the task, with the view's fields added to the form it creates. */
	private final class WithReviewView implements TaskFormHandler {

		private final TaskFormHandler camundas;

		WithReviewView(TaskFormHandler camundas) {
			this.camundas = camundas;
		}

		@Override
		public TaskFormData createTaskForm(TaskEntity task) {
			TaskFormData form = camundas.createTaskForm(task);
			List<FormField> fields = new ArrayList<>(form.getFormFields());
			long recordId = ReviewChainProcess.recordId(task);
			int grade = ReviewChainProcess.grade(task);
			// The reader may read the form (Camunda checked that); the view names the drafter and earlier reviewers,
			// whom the reader may not look up in the identity service: it is written as the system, not as the reader.
			Map<String, String> shown = Context.getCommandContext()
				.runWithoutAuthorization(() -> view.getObject().of(recordId, grade));
			for (Map.Entry<String, String> entry : shown.entrySet()) {
				FormFieldImpl field = new FormFieldImpl();
				field.setId(entry.getKey());
				// Never stored, so not bound by the 4,000 characters of a stored text variable.
				field.setValue(Variables.stringValue(entry.getValue()));
				fields.add(field);
			}
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
