package cn.gongkai.process.escalation;

import cn.gongkai.process.EngineLists;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultFailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The engine's side of a watch's scheduled start ({@link EscalationStarts}): the job's handler, and its retries. The
 * start sends the first step's emails, so a failure is retried as the watch's own timer is (its
 * {@code failedJobRetryTimeCycle}), then raises an incident on the {@code escalation} process in Cockpit; Camunda
 * would otherwise retry a job of its own kind three times at once.
 */
@Component
class WatchStartJobs extends AbstractProcessEnginePlugin {

	static final String TYPE = "gongkai-escalation-start";

	private final ObjectProvider<EscalationStarts> starts;

	/** Looked up when a job runs: the starts' services are not needed to build the engine. */
	WatchStartJobs(ObjectProvider<EscalationStarts> starts) {
		this.starts = starts;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setCustomJobHandlers(EngineLists.withLast(configuration.getCustomJobHandlers(), new Handler()));
		// Camunda's default (the Spring Boot starter sets it before this plugin); Retry is that default extended.
		FailedJobCommandFactory current = configuration.getFailedJobCommandFactory();
		if (current != null && current.getClass() != DefaultFailedJobCommandFactory.class) {
			throw new IllegalStateException("A failed-job command factory other than Camunda's default is configured ("
					+ current.getClass().getName() + "); the escalation starts need their own retries");
		}
		configuration.setFailedJobCommandFactory(Retry::new);
	}

	/** The subject's business key ({@code OBLIGATION:42}) is the job's configuration. */
	record Subject(String kind, String id) implements JobHandlerConfiguration {

		static Subject parse(String businessKey) {
			int colon = businessKey.indexOf(':');
			return new Subject(businessKey.substring(0, colon), businessKey.substring(colon + 1));
		}

		@Override
		public String toCanonicalString() {
			return EscalationProcess.businessKey(kind, id);
		}

	}

	private final class Handler implements JobHandler<Subject> {

		@Override
		public String getType() {
			return TYPE;
		}

		@Override
		public void execute(Subject subject, ExecutionEntity execution, CommandContext commandContext, String tenantId) {
			starts.getObject().start(subject.kind(), subject.id());
		}

		@Override
		public Subject newConfiguration(String canonicalString) {
			return Subject.parse(canonicalString);
		}

		@Override
		public void onDelete(Subject configuration, JobEntity jobEntity) {
		}

	}

	/** Camunda's retry, which takes a start's intervals from the watch's timer and files its incident under the watch. */
	private static final class Retry extends DefaultJobRetryCmd {

		Retry(String jobId, Throwable exception) {
			super(jobId, exception);
		}

		@Override
		public ActivityImpl getCurrentActivity(CommandContext commandContext, JobEntity job) {
			if (!TYPE.equals(job.getJobHandlerType())) {
				return super.getCurrentActivity(commandContext, job);
			}
			ProcessDefinitionEntity watch = commandContext.getProcessEngineConfiguration()
				.getDeploymentCache()
				.findDeployedLatestProcessDefinitionByKey(EscalationProcess.KEY);
			job.setProcessDefinitionId(watch.getId());
			job.setProcessDefinitionKey(watch.getKey());
			return watch.findActivity(EscalationProcess.TIMER_STEP_DUE);
		}

	}

}
