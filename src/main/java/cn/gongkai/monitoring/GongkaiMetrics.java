package cn.gongkai.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the bureau's administrators watch, read at each scrape from the application's tables and the engine: the
 * numbers are the state of the system, so they agree across nodes and survive restarts.
 */
@Component
class GongkaiMetrics implements MeterBinder {

	private final JdbcClient jdbc;
	private final ManagementService management;
	private final RuntimeService runtime;

	GongkaiMetrics(JdbcClient jdbc, ManagementService management, RuntimeService runtime) {
		this.jdbc = jdbc;
		this.management = management;
		this.runtime = runtime;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("gongkai.obligations.open", () -> count("SELECT COUNT(*) FROM gk_obligation WHERE status = 'OPEN'"))
			.description("Obligations opened and not yet fulfilled or closed")
			.register(registry);
		Gauge.builder("gongkai.obligations.overdue",
				() -> count("SELECT COUNT(*) FROM gk_obligation WHERE status = 'OPEN' AND missed_at IS NOT NULL"))
			.description("Open obligations whose due time has passed")
			.register(registry);
		Gauge.builder("gongkai.breaches", () -> count("SELECT COUNT(*) FROM gk_breach"))
			.description("Due times that passed with the work open (the office's record)")
			.register(registry);
		for (String status : new String[] { "SENT", "FAILED", "LOGGED", "NEW", "SENDING" }) {
			Gauge.builder("gongkai.emails", () -> count("SELECT COUNT(*) FROM gk_notification WHERE status = '" + status + "'"))
				.tag("status", status.toLowerCase(java.util.Locale.ROOT))
				.description("Escalation and notice emails by delivery status")
				.register(registry);
		}
		Gauge.builder("gongkai.records.published", () -> count("SELECT COUNT(*) FROM gk_column_entry"))
			.description("Records on the public column, each counted once")
			.register(registry);
		Gauge.builder("gongkai.engine.incidents", () -> runtime.createIncidentQuery().count())
			.description("Open Camunda incidents")
			.register(registry);
		Gauge.builder("gongkai.engine.jobs.failed", () -> management.createJobQuery().noRetriesLeft().count())
			.description("Jobs that failed with no retries left")
			.register(registry);
		Gauge.builder("gongkai.engine.jobs.backlog", () -> management.createJobQuery().executable().count())
			.description("Jobs due now and not yet executed")
			.register(registry);
	}

	private double count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
