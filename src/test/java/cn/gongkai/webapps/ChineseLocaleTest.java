package cn.gongkai.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Chinese locale of each Camunda webapp against the English one inside the webapp jar of this very build: a
 * Camunda upgrade that adds a key fails here instead of bringing English back.
 */
class ChineseLocaleTest {

	static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
	static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
	static final ObjectMapper JSON = new ObjectMapper();

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin", "welcome" })
	void everyEnglishKeyHasAChineseValueKeepingItsPlaceholders(String app) throws IOException {
		Map<String, String> english = flatten(read(app, "en"));
		Map<String, String> chinese = flatten(read(app, "zh"));
		assertThat(english).isNotEmpty();
		assertThat(chinese.keySet()).as("keys of %s", app).containsAll(english.keySet());
		List<String> lost = new ArrayList<>();
		english.forEach((key, value) -> {
			Matcher m = PLACEHOLDER.matcher(value);
			while (m.find()) {
				if (!chinese.get(key).contains(m.group())) {
					lost.add(key + " " + m.group());
				}
			}
		});
		assertThat(lost).as("placeholders lost in %s", app).isEmpty();
		assertThat(chinese.getOrDefault("labels.BANNER_CE_EOL_TEXT", "中")).as("end-of-life banner").containsPattern("\\p{IsHan}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "tasklist", "cockpit", "admin" })
	void datesReadAsYearMonthDay(String app) throws IOException {
		assertThat(read(app, "zh").path("dateLocales").path("longDateFormat").path("L").asText()).isEqualTo("YYYY-MM-DD");
	}

	private static JsonNode read(String app, String locale) throws IOException {
		String path = LOCALES.formatted(app, locale);
		try (InputStream in = ChineseLocaleTest.class.getClassLoader().getResourceAsStream(path)) {
			assertThat(in).as(path).isNotNull();
			byte[] bytes = in.readAllBytes();
			int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef ? 3 : 0;
			return JSON.readTree(new String(bytes, start, bytes.length - start, java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	private static Map<String, String> flatten(JsonNode node) {
		Map<String, String> flat = new TreeMap<>();
		flatten("", node, flat);
		return flat;
	}

	private static void flatten(String prefix, JsonNode node, Map<String, String> flat) {
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
				var field = it.next();
				flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), flat);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flatten(prefix + "[" + i + "]", node.get(i), flat);
			}
		}
		else {
			flat.put(prefix, node.asText());
		}
	}

}
