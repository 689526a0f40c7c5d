package cn.gongkai.process;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * History rows get their removal time when written (the "start" strategy, docs/operations.md): the root instance's
 * start plus its time-to-live, copied from the root's history row. An instance that was running when a node first
 * started with that strategy has a root row without one, so nothing it writes afterwards would ever be cleaned up.
 * At start-up such instances are given their removal time by Camunda's own batch, once: afterwards none is left.
 */
@Component
class HistoryRemovalTimes {

	private static final Logger log = LoggerFactory.getLogger(HistoryRemovalTimes.class);

	private final JdbcClient jdbc;
	private final HistoryService historyService;

	HistoryRemovalTimes(JdbcClient jdbc, HistoryService historyService) {
		this.jdbc = jdbc;
		this.historyService = historyService;
	}

	@EventListener(ApplicationReadyEvent.class)
	void giveRemovalTimesToInstancesWithout() {
		List<String> roots = jdbc
			.sql("SELECT id_ FROM act_hi_procinst WHERE removal_time_ IS NULL AND id_ = root_proc_inst_id_")
			.query(String.class)
			.list();
		if (roots.isEmpty()) {
			return;
		}
		historyService.setRemovalTimeToHistoricProcessInstances()
			.calculatedRemovalTime()
			.byIds(roots.toArray(String[]::new))
			.hierarchical()
			.executeAsync();
		log.info("Removal time to be set on the history of {} instances started before it was set at writing", roots.size());
	}

}
