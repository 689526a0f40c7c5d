package cn.gongkai.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.process.applications.ApplicationsProcess;
import cn.gongkai.process.complaints.ComplaintsProcess;
import cn.gongkai.process.enforcement.EnforcementProcess;
import cn.gongkai.process.escalation.EscalationProcess;
import cn.gongkai.process.incident.IncidentProcess;
import cn.gongkai.process.launchplan.LaunchPlanProcess;
import cn.gongkai.process.obligation.DisclosureScheduleProcess;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.security.AccessPolicy;
import cn.gongkai.support.GongkaiTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Holds the diagrams in {@code bpmn/} and the code that drives them together. */
@GongkaiTest
class ModelTest {

	static final File BPMN_DIR = new File("bpmn");
	static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{(\\w+)(\\.\\w+\\(.*\\))?}$");

	@Autowired
	ApplicationContext context;

	@Autowired
	RepositoryService repositoryService;

	@Autowired
	Catalogue catalogue;

	@Autowired
	AccessPolicy accessPolicy;

	/** Camunda's grants come from the access policy; a model that says otherwise would mislead its reader. */
	@Test
	void everyModelsStarterGroupsAreTheAccessPolicysAndScheduledTypesHaveNone() {
		Map<String, Set<String>> starters = accessPolicy.starters();
		var definitions = repositoryService.createProcessDefinitionQuery().latestVersion().list();
		assertThat(definitions).extracting(d -> d.getKey()).containsAll(starters.keySet());
		for (var definition : definitions) {
			Set<String> groups = repositoryService.getIdentityLinksForProcessDefinition(definition.getId())
				.stream()
				.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
				.map(link -> link.getGroupId() != null ? link.getGroupId() : "user:" + link.getUserId())
				.collect(Collectors.toSet());
			assertThat(groups).as(definition.getKey()).isEqualTo(starters.getOrDefault(definition.getKey(), Set.of()));
		}
		for (String scheduled : List.of("env-quality", "radiation", "emission-totals", "key-enterprises")) {
			assertThat(starters).doesNotContainKey(scheduled);
		}
		assertThat(starters.get("enforcement")).containsExactlyInAnyOrderElementsOf(catalogue.type("enforcement")
			.units()
			.stream()
			.map(unit -> unit + "-drafter")
			.toList());
	}

	@Test
	void everyElementIdTheCodeNamesExistsInItsDiagram() throws Exception {
		assertIdsPresent(ReviewChainProcess.class, model("review-chain.bpmn"), "");
		assertIdsPresent(ObligationProcess.class, model(ObligationProcess.KEY + ".bpmn"), "");
		assertIdsPresent(EnforcementProcess.class, model("enforcement.bpmn"), "");
		assertIdsPresent(ComplaintsProcess.class, model("complaints.bpmn"), "");
		assertIdsPresent(IncidentProcess.class, model("incident.bpmn"), "");
		assertIdsPresent(LaunchPlanProcess.class, model("launch-plan.bpmn"), "");
		assertIdsPresent(DisclosureScheduleProcess.class, model("disclosure-schedule.bpmn"), "");
		assertIdsPresent(EscalationProcess.class, model("escalation.bpmn"), "");
		assertIdsPresent(ApplicationsProcess.class, model("applications.bpmn"), "");
		assertIdsPresent(cn.gongkai.process.review.DrafterNoticeProcess.class, model("drafter-notice.bpmn"), "");
	}

	/**
	 * The schedule starts {@code fulfil-obligation} for every scheduled type, the supervision page for the office's
	 * monthly notice; a type whose events staff register has a model of its own that calls it for each. Only {@code fulfil-obligation} drafts, reviews, closes and times an
	 * obligation: no other model holds a copy of those elements.
	 */
	@Test
	void everyObligationIsFulfilledByTheOneFulfilmentModel() {
		BpmnModelInstance fulfil = model(ObligationProcess.KEY + ".bpmn");
		assertThat(fulfil.getModelElementsByType(StartEvent.class)
			.stream()
			.filter(start -> start.getParentElement() instanceof Process))
			.singleElement()
			.satisfies(start -> assertThat(start.getEventDefinitions()).as("started by the schedule or a call").isEmpty());
		SubProcess drafting = fulfil.getModelElementById(ObligationProcess.SUB_PROCESS_FULFIL);
		assertThat(fulfil.getModelElementsByType(BoundaryEvent.class))
			.as("every deadline is enforced: the drafting scope carries one non-interrupting timer")
			.singleElement()
			.satisfies(timer -> {
				assertThat(timer.getAttachedTo()).isSameAs(drafting);
				assertThat(timer.cancelActivity()).isFalse();
			});
		// Staff start a type whose events they register (a formed result, a complaint, an incident) in a model of its
		// own; the schedule and the supervision page start fulfil-obligation directly.
		for (Catalogue.DisclosureType type : catalogue.types()) {
			if (accessPolicy.starters().containsKey(type.key()) || type.onRequest()) {
				BpmnModelInstance model = model(type.key() + ".bpmn");
				assertThat((Object) model.getModelElementById(type.key())).as(type.key()).isInstanceOf(Process.class);
			}
			else {
				assertThat(new File(BPMN_DIR, type.key() + ".bpmn")).as("%s has no model of its own", type.key())
					.doesNotExist();
			}
		}
		assertThat(accessPolicy.starters()).containsKeys("enforcement", "complaints", "incident");
		List<String> obligationWork = List.of("${createDraftDelegate}", "${recordMissDelegate}",
				"${closeObligationDelegate}", "${obligationDeadlines.dueDate(obligationId)}");
		int calls = 0;
		for (File file : bpmnFiles()) {
			if (file.getName().equals(ObligationProcess.KEY + ".bpmn")) {
				continue;
			}
			if (file.getName().equals(ApplicationsProcess.KEY + ".bpmn")) {
				// An answer to an application is not a record drafted from a form: its handling (correction,
				// extension, consultation) holds the answer's obligation, timed and missed like every other.
				String xml = read(file);
				assertThat(xml).contains("${recordMissDelegate}", "${obligationDeadlines.dueDate(obligationId)}")
					.doesNotContain("${createDraftDelegate}", "${closeObligationDelegate}");
				continue;
			}
			String xml = read(file);
			assertThat(obligationWork).as(file.getName()).noneMatch(xml::contains);
			for (CallActivity call : Bpmn.readModelFromFile(file).getModelElementsByType(CallActivity.class)) {
				if (ObligationProcess.KEY.equals(call.getCalledElement())) {
					assertThat(call.getCamundaCalledElementBinding()).isEqualTo("deployment");
					calls++;
				}
			}
		}
		assertThat(calls).as("enforcement, complaints and incident's three stages").isEqualTo(5);
	}

	@Test
	void everyDelegateExpressionResolvesToABean() {
		List<String> expressions = new ArrayList<>();
		for (File file : bpmnFiles()) {
			String xml = read(file);
			Matcher m = Pattern.compile("(delegateExpression|dueDate)=\"([^\"]+)\"").matcher(xml);
			while (m.find()) {
				expressions.add(m.group(2));
			}
		}
		assertThat(expressions).isNotEmpty();
		for (String expression : expressions) {
			Matcher bean = BEAN_EXPRESSION.matcher(expression);
			assertThat(bean.matches()).as("expression %s names a bean", expression).isTrue();
			assertThat(context.containsBean(bean.group(1))).as("bean %s exists", bean.group(1)).isTrue();
		}
	}

	@Test
	void everyFormRefResolvesToADeployedForm() {
		List<String> deployedFormIds = new ArrayList<>();
		var deployment = repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().list().get(0);
		for (var resource : repositoryService.getDeploymentResources(deployment.getId())) {
			if (resource.getName().endsWith(".form")) {
				deployedFormIds.add(readJson(resource.getBytes()).path("id").asText());
			}
		}
		List<String> formRefs = new ArrayList<>();
		for (File file : bpmnFiles()) {
			Matcher m = Pattern.compile("formRef=\"([^\"]+)\"").matcher(read(file));
			while (m.find()) {
				formRefs.add(m.group(1));
			}
			assertThat(read(file)).doesNotContain("formRefBinding=\"latest\"");
		}
		assertThat(formRefs).isNotEmpty();
		assertThat(deployedFormIds).containsAll(formRefs);
		// A view names forms by id: a renamed form would silently lose its view.
		assertThat(context.getBeansOfType(FormView.class)).isNotEmpty().allSatisfy((name, view) ->
				assertThat(formRefs).as("the forms of %s, used by the models", name).containsAll(view.forms()));
	}

	@Test
	void everyProcessAndDecisionSetsAHistoryTimeToLiveAndHasADiagram() {
		for (File file : bpmnFiles()) {
			BpmnModelInstance model = Bpmn.readModelFromFile(file);
			for (Process process : model.getModelElementsByType(Process.class)) {
				assertThat(process.getCamundaHistoryTimeToLiveString()).as(file.getName()).isNotBlank();
			}
			assertThat(read(file)).as(file.getName()).contains("BPMNDiagram");
		}
		File dmn = new File(BPMN_DIR, "review-grade.dmn");
		assertThat(read(dmn)).contains("historyTimeToLive").contains("id=\"" + ReviewChainProcess.GRADE_DECISION_KEY + "\"");
	}

	private static boolean isElementId(Field field) {
		String name = field.getName();
		return Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
				&& List.of("TASK_", "END_", "GATEWAY_", "CALL_ACTIVITY_", "START_", "SUB_PROCESS_", "TIMER_", "EVENT_")
					.stream()
					.anyMatch(name::startsWith);
	}

	private static void assertIdsPresent(Class<?> descriptor, BpmnModelInstance model, String suffix)
			throws IllegalAccessException {
		int checked = 0;
		for (Field field : descriptor.getFields()) {
			if (isElementId(field)) {
				String id = field.get(null) + suffix;
				ModelElementInstance element = model.getModelElementById(id);
				assertThat((Object) element).as("%s.%s = %s", descriptor.getSimpleName(), field.getName(), id).isInstanceOf(BaseElement.class);
				checked++;
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(3);
	}

	private static com.fasterxml.jackson.databind.JsonNode readJson(byte[] bytes) {
		try {
			return new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static BpmnModelInstance model(String name) {
		return Bpmn.readModelFromFile(new File(BPMN_DIR, name));
	}

	private static List<File> bpmnFiles() {
		File[] files = BPMN_DIR.listFiles((dir, name) -> name.endsWith(".bpmn"));
		assertThat(files).isNotEmpty();
		return List.of(files);
	}

	private static String read(File file) {
		try {
			return java.nio.file.Files.readString(file.toPath());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
