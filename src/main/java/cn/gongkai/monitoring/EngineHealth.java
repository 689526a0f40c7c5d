package cn.gongkai.monitoring;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** The engine answers a query, and its job executor runs when this node is meant to run jobs. */
@Component("engine")
class EngineHealth implements HealthIndicator {

	private final ProcessEngine engine;
	private final CamundaBpmProperties camunda;

	EngineHealth(ProcessEngine engine, CamundaBpmProperties camunda) {
		this.engine = engine;
		this.camunda = camunda;
	}

	@Override
	public Health health() {
		try {
			long definitions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
			var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
			JobExecutor jobExecutor = configuration.getJobExecutor();
			// The starter starts the job executor itself, so the engine's own "activate" flag is always off.
			boolean meantToRun = camunda.getJobExecution().isEnabled();
			boolean running = jobExecutor != null && jobExecutor.isActive();
			Health.Builder health = meantToRun && !running ? Health.down() : Health.up();
			return health.withDetail("name", engine.getName())
				.withDetail("processDefinitions", definitions)
				.withDetail("jobExecutor", running ? "running" : meantToRun ? "stopped" : "disabled on this node")
				.build();
		}
		catch (RuntimeException ex) {
			return Health.down(ex).build();
		}
	}

}
