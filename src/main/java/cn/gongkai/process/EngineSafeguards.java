package cn.gongkai.process;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.ExpressionManager;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.springframework.stereotype.Component;

/** Installs the command interceptors that every engine call, from any API, passes through. */
@Component
class EngineSafeguards extends AbstractProcessEnginePlugin {

	private final FormFields formFields;

	EngineSafeguards(FormFields formFields) {
		this.formFields = formFields;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setCustomPreCommandInterceptorsTxRequired(
				EngineLists.withFirst(new RefusalInterceptor(), configuration.getCustomPreCommandInterceptorsTxRequired()));
		// Spring's expression manager (every bean by name) is set by now; the engine adds its functions to ours later.
		ExpressionManager expressions = configuration.getExpressionManager() != null
				? configuration.getExpressionManager() : new JuelExpressionManager(configuration.getBeans());
		configuration.setExpressionManager(new QueryExpressionManager(expressions));
		// Inside the command context: the policy reads the task and the deployed model in the command's transaction.
		configuration.setCustomPostCommandInterceptorsTxRequired(EngineLists.withFirst(
				new PersonCommandPolicy(formFields), configuration.getCustomPostCommandInterceptorsTxRequired()));
	}

}
