package cn.gongkai.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import cn.gongkai.process.applications.ApplicationsProcess;
import cn.gongkai.process.change.RecordChangeProcess;
import cn.gongkai.process.complaints.ComplaintsProcess;
import cn.gongkai.process.drafting.DraftForm;
import cn.gongkai.process.enforcement.EnforcementProcess;
import cn.gongkai.process.escalation.EscalationProcess;
import cn.gongkai.process.incident.IncidentProcess;
import cn.gongkai.process.launchplan.LaunchPlanProcess;
import cn.gongkai.process.obligation.DisclosureScheduleProcess;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.process.review.DrafterNoticeProcess;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.ChangeKind;
import cn.gongkai.record.ReviewDecision;
import cn.gongkai.record.SecrecyOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.IdentifierNode;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.junit.jupiter.api.Test;

/**
 * The words the models and forms use are the descriptors' words (a fast test, no engine): every form field and every
 * variable a gateway reads is a descriptor constant, and every value a gateway compares with is a constant of the
 * enum the code writes.
 */
class ModelVocabularyTest {

	static final List<Class<?>> DESCRIPTORS = List.of(ReviewChainProcess.class, ObligationProcess.class, DraftForm.class,
			RecordChangeProcess.class, ComplaintsProcess.class, EnforcementProcess.class, EscalationProcess.class,
			IncidentProcess.class, LaunchPlanProcess.class, DisclosureScheduleProcess.class, DrafterNoticeProcess.class,
			ApplicationsProcess.class);

	/** The enum whose names a decision variable holds. */
	static final Map<String, Class<? extends Enum<?>>> DECISIONS = Map.of(ReviewChainProcess.VAR_REVIEW_DECISION,
			ReviewDecision.class, ReviewChainProcess.VAR_SECRECY_OUTCOME, SecrecyOutcome.class,
			ReviewChainProcess.VAR_REVIEW_OUTCOME, ReviewChainProcess.Outcome.class, RecordChangeProcess.VAR_CHANGE_KIND,
			ChangeKind.class, ApplicationsProcess.VAR_REGISTER_DECISION, ApplicationsProcess.RegisterDecision.class,
			ApplicationsProcess.VAR_HANDLING_ACTION, ApplicationsProcess.HandlingAction.class);

	static final Pattern COMPARISON = Pattern.compile("(\\w+)\\s*[!=]=\\s*'([^']*)'");

	@Test
	void everyFormFieldIsADescriptorConstant() throws IOException {
		Set<String> words = descriptorWords();
		List<String> unknown = new ArrayList<>();
		try (Stream<Path> forms = Files.list(Path.of("forms"))) {
			for (Path form : forms.toList()) {
				collectKeys(new ObjectMapper().readTree(form.toFile()), form.getFileName().toString(), words, unknown);
			}
		}
		assertThat(unknown).isEmpty();
	}

	@Test
	void everyGatewayReadsADescriptorVariableAndComparesWithAnEnumConstant() throws IOException {
		Set<String> words = descriptorWords();
		List<String> problems = new ArrayList<>();
		int conditions = 0;
		try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
			for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
				for (ConditionExpression condition : Bpmn.readModelFromFile(model.toFile())
					.getModelElementsByType(ConditionExpression.class)) {
					conditions++;
					String text = condition.getTextContent().strip();
					for (IdentifierNode identifier : new Builder(Builder.Feature.METHOD_INVOCATIONS).build(text)
						.getIdentifierNodes()) {
						if (!words.contains(identifier.getName())) {
							problems.add(model.getFileName() + ": " + text + " reads " + identifier.getName());
						}
					}
					Matcher comparison = COMPARISON.matcher(text);
					while (comparison.find()) {
						Class<? extends Enum<?>> type = DECISIONS.get(comparison.group(1));
						if (type == null || Arrays.stream(type.getEnumConstants())
							.noneMatch(constant -> constant.name().equals(comparison.group(2)))) {
							problems.add(model.getFileName() + ": " + text + " compares " + comparison.group(1)
									+ " with '" + comparison.group(2) + "'");
						}
					}
				}
			}
		}
		assertThat(conditions).isGreaterThan(30);
		assertThat(problems).isEmpty();
	}

	private static void collectKeys(JsonNode node, String form, Set<String> words, List<String> unknown) {
		for (JsonNode component : node.path("components")) {
			for (String attribute : new String[] { "key", "valuesKey" }) {
				if (component.hasNonNull(attribute) && !words.contains(component.get(attribute).asText())) {
					unknown.add(form + ": " + component.get(attribute).asText());
				}
			}
			collectKeys(component, form, words, unknown);
		}
	}

	private static Set<String> descriptorWords() {
		Set<String> words = new HashSet<>();
		for (Class<?> descriptor : DESCRIPTORS) {
			for (Field field : descriptor.getFields()) {
				if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
					try {
						words.add((String) field.get(null));
					}
					catch (IllegalAccessException ex) {
						throw new IllegalStateException(ex);
					}
				}
			}
		}
		return words;
	}

}
