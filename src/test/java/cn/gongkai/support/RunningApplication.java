package cn.gongkai.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What most application tests start from: the port the application serves on, its engine, and the schedule's
 * obligations. The subclass names its kind of test ({@link GongkaiTest}, {@link ProcessTest}).
 */
public abstract class RunningApplication {

	@LocalServerPort
	protected int port;

	@Autowired
	protected ProcessEngine engine;

	@Autowired
	protected ScheduledObligations scheduled;

}
