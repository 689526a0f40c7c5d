package cn.gongkai.column;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Holds a JSON answer to the column's published OpenAPI description: the part of OpenAPI 3.0 it uses, no more. */
public final class OpenApiSchemas {

	private OpenApiSchemas() {
	}

	/** {@code value} against the description's component schema {@code name}. */
	public static void assertValid(JsonNode openApi, String name, JsonNode value) {
		assertValid(openApi, openApi.path("components").path("schemas").path(name), value);
	}

	public static void assertValid(JsonNode openApi, JsonNode schema, JsonNode value) {
		List<String> problems = new ArrayList<>();
		validate(openApi, schema, value, "$", problems);
		assertThat(problems).isEmpty();
	}

	private static void validate(JsonNode openApi, JsonNode schema, JsonNode value, String at, List<String> problems) {
		if (schema.has("$ref")) {
			String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
			validate(openApi, openApi.path("components").path("schemas").path(name), value, at, problems);
			return;
		}
		if (schema.has("allOf")) {
			schema.get("allOf").forEach(part -> validate(openApi, part, value, at, problems));
			return;
		}
		String type = schema.path("type").asText();
		switch (type) {
			case "object" -> {
				if (!value.isObject()) {
					problems.add(at + " is not an object");
					return;
				}
				schema.path("required").forEach(r -> {
					boolean nullable = schema.path("properties").path(r.asText()).path("nullable").asBoolean();
					if (!value.has(r.asText()) || value.get(r.asText()).isNull() && !nullable) {
						problems.add(at + "." + r.asText() + " is missing");
					}
				});
				for (Iterator<String> it = value.fieldNames(); it.hasNext();) {
					String field = it.next();
					JsonNode property = schema.path("properties").path(field);
					if (property.isMissingNode() && schema.path("additionalProperties").isObject()) {
						property = schema.get("additionalProperties");
					}
					if (property.isMissingNode()) {
						problems.add(at + "." + field + " is not described");
					}
					else if (!value.get(field).isNull()) {
						validate(openApi, property, value.get(field), at + "." + field, problems);
					}
				}
			}
			case "array" -> {
				if (!value.isArray()) {
					problems.add(at + " is not an array");
					return;
				}
				for (int i = 0; i < value.size(); i++) {
					validate(openApi, schema.path("items"), value.get(i), at + "[" + i + "]", problems);
				}
			}
			case "number" -> {
				if (!value.isNumber()) {
					problems.add(at + " is not a number");
				}
			}
			case "boolean" -> {
				if (!value.isBoolean()) {
					problems.add(at + " is not a boolean");
				}
			}
			case "integer" -> {
				if (!value.isIntegralNumber()) {
					problems.add(at + " is not an integer");
				}
			}
			case "string" -> {
				if (!value.isTextual()) {
					problems.add(at + " is not a string");
				}
				else if (schema.has("enum") && !java.util.stream.StreamSupport.stream(schema.get("enum").spliterator(), false)
							.anyMatch(e -> e.asText().equals(value.asText()))) {
					problems.add(at + " is not one of " + schema.get("enum"));
				}
				else if (schema.has("pattern") && !java.util.regex.Pattern.compile(schema.get("pattern").asText())
					.matcher(value.asText())
					.find()) {
					problems.add(at + " does not match " + schema.get("pattern").asText());
				}
				else if ("date".equals(schema.path("format").asText()) && !value.asText().matches("\\d{4}-\\d{2}-\\d{2}")) {
					problems.add(at + " is not a date");
				}
				else if ("date-time".equals(schema.path("format").asText())
						&& !value.asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([+-]\\d{2}:\\d{2}|Z)")) {
					problems.add(at + " is not a date-time");
				}
			}
			default -> problems.add(at + ": schema type '" + type + "' not understood");
		}
	}

}
