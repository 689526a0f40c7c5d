package cn.gongkai.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.process.envquality.EnvQualityProcess;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.support.GongkaiTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
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

	@Test
	void everyElementIdTheCodeNamesExistsInItsDiagram() throws Exception {
		assertIdsPresent(ReviewChainProcess.class, model("review-chain.bpmn"));
		assertIdsPresent(EnvQualityProcess.class, model("env-quality.bpmn"));
		assertThat((Object) model("review-chain.bpmn").getModelElementById(ReviewChainProcess.KEY)).isInstanceOf(Process.class);
		assertThat((Object) model("env-quality.bpmn").getModelElementById(EnvQualityProcess.KEY)).isInstanceOf(Process.class);
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

	private static void assertIdsPresent(Class<?> descriptor, BpmnModelInstance model) throws IllegalAccessException {
		int checked = 0;
		for (Field field : descriptor.getFields()) {
			String name = field.getName();
			boolean elementId = name.startsWith("TASK_") || name.startsWith("END_") || name.startsWith("GATEWAY_")
					|| name.startsWith("CALL_ACTIVITY_") || name.equals("START_EVENT");
			if (elementId && Modifier.isStatic(field.getModifiers())) {
				String id = (String) field.get(null);
				ModelElementInstance element = model.getModelElementById(id);
				assertThat((Object) element).as("%s.%s = %s", descriptor.getSimpleName(), name, id).isInstanceOf(BaseElement.class);
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(3);
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
