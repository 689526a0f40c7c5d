package cn.gongkai.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.support.Desk;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.RunningApplication;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;

/**
 * What the engine writes besides the work, and only where someone reads it (docs/performance.md): history rows carry
 * their removal time from when they are written, and no per-claim meter of task workers is kept.
 */
@GongkaiTest
class EngineBookkeepingTest extends RunningApplication {

	@Test
	void aRunningInstancesHistoryIsWrittenWithItsRemovalTime() {
		var pi = scheduled.open("env-quality", "jiance", LocalDate.of(2026, 12, 15));
		HistoricProcessInstance history = engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceId(pi.getId())
			.singleResult();
		assertThat(history.getEndTime()).isNull();
		assertThat(history.getRemovalTime()).as("removal time while running").isNotNull();
		assertThat(Duration.between(history.getStartTime().toInstant(), history.getRemovalTime().toInstant()))
			.isEqualTo(Duration.ofDays(365));
		assertThat(engine.getHistoryService()
			.createHistoricTaskInstanceQuery()
			.processInstanceId(pi.getId())
			.taskDefinitionKey(ObligationProcess.TASK_EDIT_DRAFT)
			.singleResult()
			.getRemovalTime()).isEqualTo(history.getRemovalTime());
	}

	@Test
	void claimingATaskKeepsNoTaskWorkerMeter() {
		var pi = scheduled.open("env-quality", "jiance", LocalDate.of(2026, 12, 15));
		Desk desk = new Desk(engine);
		String task = desk.task(pi, ObligationProcess.TASK_EDIT_DRAFT).getId();
		engine.getTaskService().setAssignee(task, null);
		desk.staff().as("jianceDrafter", () -> engine.getTaskService().claim(task, "jianceDrafter"));
		assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee())
			.isEqualTo("jianceDrafter");
		assertThat(engine.getManagementService().getUniqueTaskWorkerCount(null, null)).isZero();
	}

}
