package cn.gongkai.process.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import cn.gongkai.obligation.LaunchMilestone;
import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.obligation.ObligationStatus;
import cn.gongkai.process.launchplan.LaunchPlanProcess;
import cn.gongkai.support.Desk;
import cn.gongkai.support.ProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The notice's launch plan: four milestones, each due on its configured day, for its units. */
@ProcessTest
class LaunchPlanProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	ObligationService obligations;

	@Autowired
	Desk desk;

	@Test
	void mainPathEveryUnitReportsItsMilestones() {
		Desk.clockAt("2031-08-20T09:00:00+08:00");
		ProcessInstance pi = start(2031);
		List<String> units = obligations.responsibleUnits();
		List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list();
		assertThat(tasks).hasSize(3 + units.size());
		assertThat(desk.task(pi, LaunchPlanProcess.TASK_DIVISION_OF_WORK).getDueDate().toInstant())
			.isEqualTo(OffsetDateTime.parse("2031-09-01T23:59:59+08:00").toInstant());
		assertThat(obligations.findLaunchMilestone(2031, LaunchMilestone.CITY_SITE, "xuanjiao").orElseThrow().due().dueAt())
			.isEqualTo(OffsetDateTime.parse("2031-09-14T23:59:59+08:00"));

		desk.complete(pi, LaunchPlanProcess.TASK_DIVISION_OF_WORK, "officeDrafter", note("分工方案已印发"));
		desk.complete(pi, LaunchPlanProcess.TASK_COLUMN_LAYOUT, "xuanjiaoDrafter", note("专栏版面已上线"));
		for (Task data : engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(pi.getId())
			.taskDefinitionKey(LaunchPlanProcess.TASK_DATA_COMPLETE)
			.list()) {
			String unit = (String) engine.getTaskService().getVariable(data.getId(), LaunchPlanProcess.VAR_UNIT_ID);
			desk.staff().as(unit + "Drafter", () -> {
				engine.getTaskService().claim(data.getId(), unit + "Drafter");
				engine.getFormService().submitTaskForm(data.getId(), note(unit + " 数据已补充"));
			});
			assertThat(obligations.findLaunchMilestone(2031, LaunchMilestone.DATA_COMPLETE, unit).orElseThrow().status())
				.isEqualTo(ObligationStatus.DONE);
		}
		desk.complete(pi, LaunchPlanProcess.TASK_CITY_SITE, "xuanjiaoDrafter", note("市政府网站栏目已更新"));

		BpmnAwareTests.assertThat(pi).isEnded().hasPassed(LaunchPlanProcess.END_PLAN_DONE);
		assertThat(obligations.findLaunchMilestone(2031, LaunchMilestone.DIVISION_OF_WORK, "office").orElseThrow()
			.closingNote()).isEqualTo("分工方案已印发");
	}

	@Test
	void deadlinePathUnitsStillWorkingOnTheDataAreRecordedAsLate() {
		Desk.clockAt("2032-08-20T09:00:00+08:00");
		ProcessInstance pi = start(2032);
		Task jiance = engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(pi.getId())
			.taskDefinitionKey(LaunchPlanProcess.TASK_DATA_COMPLETE)
			.taskCandidateGroup("jiance-drafter")
			.singleResult();
		desk.staff().as("jianceDrafter", () -> {
			engine.getTaskService().claim(jiance.getId(), "jianceDrafter");
			engine.getFormService().submitTaskForm(jiance.getId(), note("按期完成"));
		});

		Desk.clockAt("2032-09-12T00:00:01+08:00");
		desk.fire(pi, LaunchPlanProcess.timerOf(LaunchPlanProcess.TASK_DATA_COMPLETE));

		BpmnAwareTests.assertThat(pi).hasPassed("Task_RecordMissDataComplete");
		Obligation onTime = obligations.findLaunchMilestone(2032, LaunchMilestone.DATA_COMPLETE, "jiance").orElseThrow();
		Obligation late = obligations.findLaunchMilestone(2032, LaunchMilestone.DATA_COMPLETE, "fushe").orElseThrow();
		assertThat(onTime.missedAt()).isNull();
		assertThat(late.missedAt()).isNotNull();
		assertThat(late.status()).isEqualTo(ObligationStatus.OPEN);
		assertThat(obligations.findLaunchMilestone(2032, LaunchMilestone.CITY_SITE, "xuanjiao").orElseThrow().missedAt())
			.isNull();
	}

	@Test
	void aYearsPlanStartsOnceAndOnlyByTheOffice() {
		Desk.clockAt("2033-08-20T09:00:00+08:00");
		start(2033);
		assertThatThrownBy(() -> start(2033)).hasMessageContaining("已经启动过");
		String definitionId = definitionId();
		assertThatThrownBy(() -> desk.staff().as("xuanjiaoDrafter", () -> engine.getFormService()
			.submitStartForm(definitionId, Map.of(LaunchPlanProcess.VAR_PLAN_YEAR, 2034L))))
			.isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
	}

	private ProcessInstance start(int year) {
		String definitionId = definitionId();
		return desk.staff().as("officeDrafter", () -> engine.getFormService().submitStartForm(definitionId,
				Map.of(LaunchPlanProcess.VAR_PLAN_YEAR, (long) year)));
	}

	private String definitionId() {
		return desk.definitionId(LaunchPlanProcess.KEY);
	}

	private static Map<String, Object> note(String text) {
		return Map.of(LaunchPlanProcess.VAR_NOTE, text);
	}

}
