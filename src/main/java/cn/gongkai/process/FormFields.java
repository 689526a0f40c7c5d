package cn.gongkai.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The fields a person can fill in each Camunda Form of {@code forms/}: the keys of its enabled input components. A task
 * completion or a start form may write these variables and no others (see {@link PersonCommandPolicy}).
 */
@Component
public class FormFields {

	static final String LOCATION = "classpath*:forms/**/*.form";

	private final Map<String, Set<String>> fieldsByForm;

	FormFields(ObjectMapper objectMapper) {
		this.fieldsByForm = load(objectMapper);
	}

	/** The input keys of the form with this id, or empty if no such form is deployed from {@code forms/}. */
	public Optional<Set<String>> of(String formId) {
		return Optional.ofNullable(fieldsByForm.get(formId));
	}

	private static Map<String, Set<String>> load(ObjectMapper objectMapper) {
		Map<String, Set<String>> forms = new HashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
				try (InputStream in = resource.getInputStream()) {
					JsonNode form = objectMapper.readTree(in);
					Set<String> keys = new LinkedHashSet<>();
					collectKeys(form, keys);
					forms.put(form.path("id").asText(), Set.copyOf(keys));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the forms", ex);
		}
		return Map.copyOf(forms);
	}

	/**
	 * Every component with a {@code key} is an input (display components have none), nested groups included, but for
	 * disabled ones: they show what the task was given (a record under review), form-js does not submit them, and a
	 * submission that does is refused.
	 */
	private static void collectKeys(JsonNode node, Set<String> keys) {
		for (JsonNode component : node.path("components")) {
			if (component.hasNonNull("key") && !component.path("disabled").asBoolean(false)) {
				keys.add(component.get("key").asText());
			}
			collectKeys(component, keys);
		}
	}

}
