package cn.gongkai.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.support.Desk;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.RunningApplication;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the engine writes besides the work, and only where someone reads it (docs/performance.md): history rows carry
 * their removal time from when they are written, and no per-claim meter of task workers is kept.
 */
@GongkaiTest
class EngineBookkeepingTest extends RunningApplication {

	@Autowired
	HistoryRemovalTimes removalTimes;

	@Autowired
	JdbcClient jdbc;

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
	void anInstanceRunningSinceBeforeRemovalTimesWereWrittenIsGivenItsOwnAtStartUp() {
		var pi = scheduled.open("env-quality", "jiance", LocalDate.of(2026, 12, 15));
		// As Camunda's "end" strategy leaves a running instance: no removal time until it ends.
		for (String table : List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst")) {
			jdbc.sql("UPDATE " + table + " SET removal_time_ = NULL WHERE root_proc_inst_id_ = :id").param("id", pi.getId())
				.update();
		}

		removalTimes.giveRemovalTimesToInstancesWithout();
		Batch batch = engine.getManagementService()
			.createBatchQuery()
			.type(Batch.TYPE_PROCESS_SET_REMOVAL_TIME)
			.singleResult();
		for (int round = 0; round < 10; round++) {
			List<Job> jobs = engine.getManagementService()
				.createJobQuery()
				.list()
				.stream()
				.filter(job -> batch.getSeedJobDefinitionId().equals(job.getJobDefinitionId())
						|| batch.getBatchJobDefinitionId().equals(job.getJobDefinitionId()))
				.toList();
			jobs.forEach(job -> engine.getManagementService().executeJob(job.getId()));
		}
		HistoricProcessInstance history = engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.processInstanceId(pi.getId())
			.singleResult();
		assertThat(history.getRemovalTime()).as("removal time given").isNotNull();
		assertThat(Duration.between(history.getStartTime().toInstant(), history.getRemovalTime().toInstant()))
			.isEqualTo(Duration.ofDays(365));
		assertThat(engine.getHistoryService()
			.createHistoricTaskInstanceQuery()
			.processInstanceId(pi.getId())
			.singleResult()
			.getRemovalTime()).isEqualTo(history.getRemovalTime());
		engine.getManagementService().deleteBatch(batch.getId(), true);
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
