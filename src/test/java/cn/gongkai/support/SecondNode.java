package cn.gongkai.support;

import cn.gongkai.GongkaiApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A second, independent node of the application (its own Spring context and process engine, without the Camunda
 * webapps) on the same PostgreSQL as the test's own context: what a cluster, or the same node after a restart, looks
 * like to the database.
 */
public final class SecondNode implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private SecondNode(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Its engine needs a name of its own (no hyphen: the starter ignores such names and falls back to "default"). */
	public static SecondNode start() {
		return new SecondNode(new SpringApplicationBuilder(GongkaiApplication.class, PostgresTestConfiguration.class)
			.profiles("test")
			// Arguments, not default properties, so that they win over application.yml.
			.run("--server.port=0", "--camunda.bpm.process-engine-name=secondNode", "--spring.jmx.enabled=false",
					// The webapps keep their runtime in static fields: a second copy in one JVM would take over the
					// first node's Tasklist and Cockpit and break them when it closes.
					"--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration"));
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	@Override
	public void close() {
		context.close();
	}

}
