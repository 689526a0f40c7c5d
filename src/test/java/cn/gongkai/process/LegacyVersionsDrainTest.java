package cn.gongkai.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gongkai.obligation.DueRules;
import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.obligation.ObligationStatus;
import cn.gongkai.process.incident.IncidentProcess;
import cn.gongkai.process.obligation.ObligationInstances;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.RecordStatus;
import cn.gongkai.support.Desk;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.support.ProcessTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Instances started before {@code fulfil-obligation} existed drain on their own versions: each held its drafting,
 * review call, due timer and closing itself ({@code src/test/resources/legacy/}, the models of the release before).
 * The test deploys those models as production had them, starts instances on them, deploys the current models on top,
 * as an upgrade does, and takes the old instances to their end with today's code. Nothing is migrated: an old
 * instance's elements have no counterpart in one process ({@code Task_EditDraftFirstRelease} now lives in a called
 * instance), and the old instances end within their obligations' periods (at most 20 working days).
 */
@ProcessTest
class LegacyVersionsDrainTest extends RunningApplication {

	@Autowired
	ObligationService obligations;

	@Autowired
	ObligationInstances obligationInstances;

	@Autowired
	RecordService records;

	@Autowired
	DueRules dueRules;

	@Autowired
	Desk desk;

	@Test
	void instancesOfTheVersionsBeforeTheCallActivityFinishOnTheirVersions() throws IOException {
		Desk.clockAt("2026-12-01T09:00:00+08:00");
		RepositoryService repository = engine.getRepositoryService();
		String legacy = deploy(repository.createDeployment()
			.name("gongkai-legacy-v1")
			.addInputStream("env-quality.bpmn", resource("legacy/env-quality-v1.bpmn"))
			.addInputStream("incident.bpmn", resource("legacy/incident-v1.bpmn"))
			.addInputStream("review-chain.bpmn", resource("legacy/review-chain-v1.bpmn"))
			.addInputStream("review-grade.dmn", resource("legacy/review-grade-v1.dmn")), "classpath*:forms/*.form");

		// A scheduled obligation started the old way: its type's message.
		Obligation quality = obligations
			.openForEvent("env-quality", "jiance", "test-" + UUID.randomUUID(), "旧版本的本期空气质量",
					dueRules.fixedDay(LocalDate.of(2026, 12, 15), "测试期限"))
			.orElseThrow();
		Map<String, Object> variables = new HashMap<>();
		variables.put(ObligationProcess.VAR_OBLIGATION_ID, quality.id());
		variables.put(ObligationProcess.VAR_DRAFTER, null);
		ProcessInstance oldQuality = engine.getRuntimeService()
			.createMessageCorrelation("env-quality-scheduled")
			.setVariables(variables)
			.correlateStartMessage();
		obligations.attachProcess(quality.id(), oldQuality.getId());
		// An incident registered on the old version.
		String oldIncidentDefinition = definitionIn(legacy, IncidentProcess.KEY).getId();
		ProcessInstance oldIncident = desk.staff()
			.as("yingjiDrafter", () -> engine.getFormService()
				.submitStartForm(oldIncidentDefinition, Map.of(IncidentProcess.VAR_TITLE, "旧版本登记的事件 " + UUID.randomUUID())));

		// The upgrade: today's models deployed after the old ones, as the application deploys them.
		String current = deploy(repository.createDeployment().name("gongkai-upgrade"), "classpath*:bpmn/*.bpmn",
				"classpath*:bpmn/*.dmn", "classpath*:forms/*.form");
		assertThat(definitionIn(current, IncidentProcess.KEY).getVersion())
			.isGreaterThan(definitionIn(legacy, IncidentProcess.KEY).getVersion());
		assertThat(desk.definitionId(IncidentProcess.KEY)).isEqualTo(definitionIn(current, IncidentProcess.KEY).getId());

		// The old scheduled instance: drafted, reviewed and closed in the instance itself.
		desk.draft(oldQuality, "Task_EditDraft", "jiance", "旧版本的本期数据");
		assertThat(obligationInstances.of(obligations.get(quality.id()))).as("escalation and recalculation find the old instance's review")
			.hasSize(2)
			.contains(oldQuality.getId());
		desk.approveAndPublish(oldQuality, "jiance");
		BpmnAwareTests.assertThat(oldQuality).isEnded().hasPassed("Task_CloseObligation");
		assertThat(obligations.get(quality.id()).status()).isEqualTo(ObligationStatus.PUBLISHED);
		assertThat(records.get(obligations.get(quality.id()).recordId()).status()).isEqualTo(RecordStatus.PUBLISHED);

		// The old incident: its stages' elements, suffixed, to the end.
		assertThat(oldIncident.getProcessDefinitionId()).isEqualTo(oldIncidentDefinition);
		desk.draft(oldIncident, "Task_EditDraftFirstRelease", "yingji", "旧版本的首次通报");
		desk.approveAndPublish(oldIncident, "yingji");
		BpmnAwareTests.assertThat(oldIncident).isWaitingAt("Task_EditDraftUpdate", IncidentProcess.TASK_CONCLUDE_INCIDENT);
		Obligation update = obligations.openOfProcess(oldIncident.getId()).get(0);
		desk.complete(oldIncident, IncidentProcess.TASK_CONCLUDE_INCIDENT, "yingjiDrafter",
				Map.of(IncidentProcess.VAR_ENDED, true));
		assertThat(obligations.get(update.id()).status()).isEqualTo(ObligationStatus.CANCELLED);
		desk.complete(oldIncident, IncidentProcess.TASK_CONCLUDE_INVESTIGATION, "yingjiDrafter",
				Map.of(IncidentProcess.VAR_CONCLUDED_ON, "2026-12-01"));
		desk.draft(oldIncident, "Task_EditDraftInvestigation", "yingji", "旧版本的调查结果");
		desk.approveAndPublish(oldIncident, "yingji");
		BpmnAwareTests.assertThat(oldIncident).isEnded().hasPassed(IncidentProcess.END_DONE);
		assertThat(engine.getHistoryService()
			.createHistoricProcessInstanceQuery()
			.superProcessInstanceId(oldIncident.getId())
			.processDefinitionKey(ObligationProcess.KEY)
			.count()).as("the old version never calls fulfil-obligation").isZero();

		// New work goes to the new models.
		ProcessInstance fresh = scheduled.open("env-quality", "jiance");
		assertThat(repository.getProcessDefinition(fresh.getProcessDefinitionId()).getKey()).isEqualTo(ObligationProcess.KEY);
	}

	private String deploy(DeploymentBuilder builder, String... patterns) throws IOException {
		for (String pattern : patterns) {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
				try (InputStream in = resource.getInputStream()) {
					builder.addInputStream(resource.getFilename(), new ByteArrayInputStream(in.readAllBytes()));
				}
			}
		}
		return builder.deploy().getId();
	}

	private ProcessDefinition definitionIn(String deploymentId, String key) {
		List<ProcessDefinition> definitions = engine.getRepositoryService()
			.createProcessDefinitionQuery()
			.deploymentId(deploymentId)
			.processDefinitionKey(key)
			.list();
		assertThat(definitions).hasSize(1);
		return definitions.get(0);
	}

	private static InputStream resource(String path) {
		return LegacyVersionsDrainTest.class.getClassLoader().getResourceAsStream(path);
	}

}
