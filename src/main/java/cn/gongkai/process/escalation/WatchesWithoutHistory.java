package cn.gongkai.process.escalation;

import cn.gongkai.process.EngineLists;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The engine's "activity" history, without the escalation watches'. A watch runs for every review task and
 * obligation still open at its first step, and nobody reads its history: what was sent, to whom and when is the
 * notification log's, and a breach is the supervision's (docs/performance.md). The level keeps the id and name of Camunda's own, so the database's
 * recorded level still matches and every other process keeps its history as before.
 */
@Component
@ConditionalOnProperty(name = "gongkai.escalation.watch-history", havingValue = "false", matchIfMissing = true)
class WatchesWithoutHistory extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		// The engine takes the last level of the configured name: this one, over Camunda's own "activity".
		configuration.setCustomHistoryLevels(EngineLists.withLast(configuration.getCustomHistoryLevels(), new Level()));
	}

	static final class Level implements HistoryLevel {

		private static final HistoryLevel ACTIVITY = HistoryLevel.HISTORY_LEVEL_ACTIVITY;

		@Override
		public int getId() {
			return ACTIVITY.getId();
		}

		@Override
		public String getName() {
			return ACTIVITY.getName();
		}

		@Override
		public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
			if (entity instanceof ExecutionEntity execution && isWatch(execution)) {
				return false;
			}
			return ACTIVITY.isHistoryEventProduced(eventType, entity);
		}

		private static boolean isWatch(ExecutionEntity execution) {
			var definition = execution.getProcessDefinition();
			return definition != null && EscalationProcess.KEY.equals(definition.getKey());
		}

	}

}
