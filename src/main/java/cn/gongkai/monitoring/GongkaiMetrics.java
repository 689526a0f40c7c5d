package cn.gongkai.monitoring;

import java.util.Locale;

import cn.gongkai.notification.NotificationService;
import cn.gongkai.notification.NotificationStatus;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.record.PublishedRecords;
import cn.gongkai.supervision.BreachService;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * What the bureau's administrators watch, read at each scrape from the owners of the application's tables and from the
 * engine: the numbers are the state of the system, so they agree across nodes and survive restarts.
 */
@Component
class GongkaiMetrics implements MeterBinder {

	private final ObligationService obligations;
	private final BreachService breaches;
	private final NotificationService notifications;
	private final PublishedRecords published;
	private final ManagementService management;
	private final RuntimeService runtime;

	GongkaiMetrics(ObligationService obligations, BreachService breaches, NotificationService notifications,
			PublishedRecords published, ManagementService management, RuntimeService runtime) {
		this.obligations = obligations;
		this.breaches = breaches;
		this.notifications = notifications;
		this.published = published;
		this.management = management;
		this.runtime = runtime;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("gongkai.obligations.open", obligations::countOpen)
			.description("Obligations opened and not yet fulfilled or closed")
			.register(registry);
		Gauge.builder("gongkai.obligations.overdue", obligations::countOverdue)
			.description("Open obligations whose due time has passed")
			.register(registry);
		Gauge.builder("gongkai.breaches", breaches::count)
			.description("Due times that passed with the work open (the office's record)")
			.register(registry);
		for (NotificationStatus status : NotificationStatus.values()) {
			Gauge.builder("gongkai.emails", () -> notifications.count(status))
				.tag("status", status.name().toLowerCase(Locale.ROOT))
				.description("Escalation and notice emails by delivery status")
				.register(registry);
		}
		Gauge.builder("gongkai.records.published", published::countCurrent)
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

}
