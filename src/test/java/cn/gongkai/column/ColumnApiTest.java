package cn.gongkai.column;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import cn.gongkai.record.DraftContent;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.ReviewDecision;
import cn.gongkai.record.ReviewLevel;
import cn.gongkai.record.ReviewService;
import cn.gongkai.record.SecrecyOutcome;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The JSON API for the city government's site answers as its served OpenAPI description says. */
@GongkaiTest
class ColumnApiTest {

	@LocalServerPort
	int port;

	@Autowired
	RecordService records;

	@Autowired
	ReviewService reviews;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void everyAnswerMatchesItsSchemaInTheServedDescription() throws Exception {
		String marker = "接口" + UUID.randomUUID().toString().substring(0, 6);
		long recordId = records.createDraft("env-quality", "drinking-water", "jiancezhan", "jiancezhanDrafter", marker + " 水源地水质");
		records.submit(recordId, new DraftContent(marker + " 水源地水质", "ZZHB-API-1", "概述 <b>粗体</b>", "正文",
				LocalDate.of(2026, 11, 20), false, false), "jiancezhanDrafter");
		reviews.decide(recordId, ReviewLevel.UNIT_HEAD, "jiancezhanHead", ReviewDecision.APPROVE, null);
		reviews.decideSecrecy(recordId, ReviewLevel.SECRECY, "jiancezhanSecrecy", SecrecyOutcome.PUBLISH, null, "依据", "同意");
		records.publish(recordId);

		WebClient city = new WebClient(port);
		var description = city.get("/api/column/openapi.json");
		assertThat(description.statusCode()).isEqualTo(200);
		JsonNode openApi = json.readTree(description.body());
		JsonNode paths = openApi.path("paths");

		JsonNode sections = json.readTree(city.get("/api/column/sections").body());
		OpenApiSchemas.assertValid(openApi, response(paths, "/api/column/sections", "200"), sections);
		assertThat(sections.findValuesAsText("key")).contains("drinking-water", "supervision-notices");

		var page = city.get("/api/column/sections/drinking-water/records?q=" + URLEncoder.encode(marker, StandardCharsets.UTF_8));
		JsonNode pageJson = json.readTree(page.body());
		OpenApiSchemas.assertValid(openApi, response(paths, "/api/column/sections/{key}/records", "200"), pageJson);
		assertThat(pageJson.path("total").asInt()).isOne();
		JsonNode summary = pageJson.path("records").get(0);
		assertThat(summary.path("summary").asText()).isEqualTo("概述 <b>粗体</b>");
		assertThat(summary.path("unitName").asText()).isEqualTo("监测站");
		assertThat(summary.path("publishedAt").asText()).endsWith("+08:00");

		JsonNode record = json.readTree(city.get("/api/column/records/" + summary.path("id").asLong()).body());
		OpenApiSchemas.assertValid(openApi, response(paths, "/api/column/records/{id}", "200"), record);
		assertThat(record.path("indexNo").asText()).isEqualTo("ZZHB-API-1");

		var missing = city.get("/api/column/records/987654321");
		assertThat(missing.statusCode()).isEqualTo(404);
		OpenApiSchemas.assertValid(openApi, response(paths, "/api/column/records/{id}", "404"), json.readTree(missing.body()));
		var badDate = city.get("/api/column/sections/drinking-water/records?from=yesterday");
		assertThat(badDate.statusCode()).isEqualTo(400);
		assertThat(json.readTree(badDate.body()).path("error").asText()).contains("日期格式无效");
		OpenApiSchemas.assertValid(openApi, response(paths, "/api/column/sections/{key}/records", "400"), json.readTree(badDate.body()));
		assertThat(city.get("/api/column/sections/nowhere/records").statusCode()).isEqualTo(404);
	}

	private static JsonNode response(JsonNode paths, String path, String status) {
		JsonNode schema = paths.path(path).path("get").path("responses").path(status).path("content").path("application/json")
			.path("schema");
		assertThat(schema.isMissingNode()).as("%s %s documented", path, status).isFalse();
		return schema;
	}

	/** The part of JSON Schema the description uses: $ref, type, required, properties, additionalProperties, items, format. */

}
