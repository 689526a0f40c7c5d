package cn.gongkai.column;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import cn.gongkai.process.change.RecordChangeProcess;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.RecordStatus;
import cn.gongkai.support.Desk;
import cn.gongkai.support.ProcessTest;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.support.Staff;
import cn.gongkai.support.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19: a site that copies the column by polling {@code /api/column/changes} stays equal to it. Records are
 * published, corrected and retracted through the real processes; an empty copy replayed from the change list, a few
 * changes a page, ends equal to what the section lists show.
 */
@ProcessTest
class ColumnChangesTest extends RunningApplication {

	@Autowired
	RecordService records;

	@Autowired
	Desk desk;

	@Autowired
	JdbcClient jdbc;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void aCopyReplayedFromTheChangeListEndsEqualToTheColumn() throws Exception {
		String marker = "变更列表" + UUID.randomUUID().toString().substring(0, 6);
		long kept = publishedRecord(marker + " 甲");
		long corrected = publishedRecord(marker + " 乙");
		long retracted = publishedRecord(marker + " 丙");
		long keptVersion = latestVersion(kept);
		long correctedFirst = latestVersion(corrected);
		long retractedVersion = latestVersion(retracted);
		correct(corrected, marker + " 乙（更正）");
		retract(retracted);
		long correctedNow = latestVersion(corrected);

		WebClient city = new WebClient(port);
		JsonNode openApi = json.readTree(city.get("/api/column/openapi.json").body());
		Copy copy = new Copy();
		long cursor = copy.catchUp(city, openApi, 0, 2);
		Map<Long, JsonNode> column = column(city);
		// Something published by the previous test's leftovers between the two reads is caught up with, not a failure.
		for (int i = 0; i < 3 && !copy.current().equals(column); i++) {
			cursor = copy.catchUp(city, openApi, cursor, 2);
			column = column(city);
		}
		assertThat(copy.current()).as("the copy equals the column").isEqualTo(column);
		assertThat(copy.pages).as("a small page size was used").isGreaterThan(2);

		// The three records' changes, in the order they took effect, each record known by its first version's id.
		List<JsonNode> ours = copy.applied.stream()
			.filter(c -> Set.of(keptVersion, correctedFirst, retractedVersion).contains(c.path("recordId").asLong()))
			.toList();
		assertThat(ours).extracting(c -> c.path("kind").asText() + " " + c.path("versionId").asLong())
			.containsExactly("published " + keptVersion, "published " + correctedFirst,
					"published " + retractedVersion, "corrected " + correctedNow, "retracted " + retractedVersion);
		JsonNode correction = ours.get(3);
		assertThat(correction.path("recordId").asLong()).isEqualTo(correctedFirst);
		assertThat(correction.path("replacesVersionId").asLong()).isEqualTo(correctedFirst);
		assertThat(correction.path("reason").asText()).isEqualTo("标题有误");
		assertThat(correction.path("record").path("title").asText()).isEqualTo(marker + " 乙（更正）");
		assertThat(correction.path("url").asText()).endsWith("/column/records/" + correctedNow);
		JsonNode full = json.readTree(city.get(URI.create(correction.path("apiUrl").asText()).getPath()).body());
		OpenApiSchemas.assertValid(openApi, "Record", full);
		assertThat(full.path("body").asText()).contains("监测点位");
		// A retracted record's text is no longer public: not even its first publication's entry carries it.
		assertThat(ours.get(2).path("record").isNull()).isTrue();
		assertThat(ours.get(4).path("record").isNull()).isTrue();
		assertThat(ours.get(4).path("reason").asText()).isEqualTo("数据来源有误");
		assertThat(copy.applied.toString()).doesNotContain(marker + " 丙的内容概述");
		assertThat(copy.current().values()).extracting(r -> r.path("title").asText())
			.contains(marker + " 甲", marker + " 乙（更正）")
			.doesNotContain(marker + " 乙", marker + " 丙");

		// Polling again from the last cursor: nothing new; then exactly the one change made since.
		JsonNode idle = json.readTree(city.get("/api/column/changes?since=" + cursor).body());
		OpenApiSchemas.assertValid(openApi, "Changes", idle);
		assertThat(idle.path("changes").size()).isZero();
		assertThat(idle.path("next").asLong()).isEqualTo(cursor);
		assertThat(idle.path("more").asBoolean()).isFalse();

		long late = publishedRecord(marker + " 丁");
		long polled = cursor;
		JsonNode fresh = json.readTree(city.get("/api/column/changes?since=" + cursor).body());
		OpenApiSchemas.assertValid(openApi, "Changes", fresh);
		assertThat(fresh.path("changes")).singleElement().satisfies(c -> {
			assertThat(c.path("kind").asText()).isEqualTo("published");
			assertThat(c.path("versionId").asLong()).isEqualTo(latestVersion(late));
			assertThat(c.path("seq").asLong()).isGreaterThan(polled);
			assertThat(c.path("record").path("title").asText()).isEqualTo(marker + " 丁");
			assertThat(c.path("section").asText()).isEqualTo("water-quality");
			assertThat(c.path("replacesVersionId").isNull()).isTrue();
			assertThat(c.path("reason").isNull()).isTrue();
		});
		assertThat(fresh.path("next").asLong()).isEqualTo(fresh.path("changes").get(0).path("seq").asLong());
		copy.catchUp(city, openApi, cursor, 2);
		assertThat(copy.current()).isEqualTo(column(city));

		// The feed a copying site reads beside the list is Atom, its tombstones RFC 6721's.
		String feed = city.get("/column/water-quality/feed").body();
		AtomFeeds.assertValid(feed);
		assertThat(feed).contains("/column/records/" + retractedVersion + "\"").contains("/column/records/" + correctedFirst + "\"");
	}

	@Test
	void badCursorsAndLimitsAreRefusedInChinese() throws Exception {
		WebClient city = new WebClient(port);
		JsonNode openApi = json.readTree(city.get("/api/column/openapi.json").body());
		JsonNode refusal = openApi.path("paths").path("/api/column/changes").path("get").path("responses").path("400")
			.path("content").path("application/json").path("schema");
		long last = jdbc.sql("SELECT last_seq FROM gk_column_change_seq").query(Long.class).single();
		List<String> queries = List.of("since=-1", "since=abc", "since=1e3", "since=%201", "since=", "since=1&since=2",
				"since=99999999999999999999", "since=" + (last + 1_000_000), "limit=0", "limit=1001", "limit=-5",
				"limit=ten", "limit=", "limit=99999999999", "since=0&limit=1.5", "since=%E4%B8%80");
		for (String query : queries) {
			HttpResponse<String> answer = city.get("/api/column/changes?" + query, "Accept", "text/html");
			assertThat(answer.statusCode()).as(query).isEqualTo(400);
			JsonNode body = json.readTree(answer.body());
			OpenApiSchemas.assertValid(openApi, refusal, body);
			assertThat(body.path("error").asText()).as(query).containsPattern("\\p{IsHan}");
		}
		assertThat(json.readTree(city.get("/api/column/changes?since=" + (last + 1)).body()).path("error").asText())
			.contains("请从 since=0 重新读取");
		HttpResponse<String> fine = city.get("/api/column/changes");
		assertThat(fine.statusCode()).isEqualTo(200);
		JsonNode page = json.readTree(fine.body());
		OpenApiSchemas.assertValid(openApi, "Changes", page);
		assertThat(page.path("changes").size()).isLessThanOrEqualTo(ColumnApi.CHANGES_DEFAULT);
		assertThat(city.get("/api/column/changes?since=" + last + "&limit=1000").statusCode()).isEqualTo(200);
	}

	/** A copying site's state: record → the version it lists now, as the section's list gives it. */
	private final class Copy {

		final Map<Long, JsonNode> byRecord = new LinkedHashMap<>();

		final List<JsonNode> applied = new ArrayList<>();

		int pages;

		long catchUp(WebClient city, JsonNode openApi, long since, int limit) throws Exception {
			long cursor = since;
			boolean more = true;
			while (more) {
				HttpResponse<String> answer = city.get("/api/column/changes?since=" + cursor + "&limit=" + limit);
				assertThat(answer.statusCode()).isEqualTo(200);
				JsonNode page = json.readTree(answer.body());
				OpenApiSchemas.assertValid(openApi, "Changes", page);
				assertThat(page.path("changes").size()).isLessThanOrEqualTo(limit);
				for (JsonNode change : page.path("changes")) {
					assertThat(change.path("seq").asLong()).as("in order, none twice").isGreaterThan(cursor);
					cursor = change.path("seq").asLong();
					apply(change);
				}
				assertThat(page.path("next").asLong()).isEqualTo(cursor);
				more = page.path("more").asBoolean();
				pages++;
			}
			return cursor;
		}

		private void apply(JsonNode change) {
			applied.add(change);
			long record = change.path("recordId").asLong();
			JsonNode listed = change.path("record");
			if (change.path("kind").asText().equals("retracted") || listed.isNull()) {
				byRecord.remove(record);
			}
			else {
				byRecord.put(record, listed);
			}
		}

		/** The copy as the column's lists key it: by the version listed. */
		Map<Long, JsonNode> current() {
			Map<Long, JsonNode> byVersion = new HashMap<>();
			byRecord.values().forEach(r -> byVersion.put(r.path("id").asLong(), r));
			return byVersion;
		}

	}

	/** Every section's list, every page: what the column shows now, by version. */
	private Map<Long, JsonNode> column(WebClient city) throws Exception {
		Map<Long, JsonNode> listed = new HashMap<>();
		for (JsonNode section : json.readTree(city.get("/api/column/sections").body())) {
			int pages = 1;
			for (int page = 1; page <= pages; page++) {
				JsonNode answer = json.readTree(
						city.get("/api/column/sections/" + section.path("key").asText() + "/records?page=" + page).body());
				pages = answer.path("pages").asInt();
				answer.path("records").forEach(r -> listed.put(r.path("id").asLong(), r));
			}
		}
		return listed;
	}

	private long publishedRecord(String title) {
		long recordId = desk.draftAndPublish(scheduled.open("env-quality", "jiance"), "jiance", title, "water-quality");
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.PUBLISHED);
		return recordId;
	}

	private void correct(long recordId, String title) {
		requestChange(recordId, "CORRECTION", "标题有误");
		ProcessInstance correction = desk.change(recordId);
		Map<String, Object> form = new HashMap<>(Staff.draft(title, false, false));
		form.put("section", "water-quality");
		desk.complete(correction, RecordChangeProcess.TASK_EDIT_CORRECTION, "jianceDrafter", form);
		desk.approveAndPublish(correction, "jiance");
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.PUBLISHED);
	}

	private void retract(long recordId) {
		requestChange(recordId, "RETRACTION", "数据来源有误");
		desk.approveAndPublish(desk.change(recordId), "jiance");
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.RETRACTED);
	}

	private void requestChange(long recordId, String kind, String reason) {
		WebClient drafter = new WebClient(port).login("jianceDrafter");
		HttpResponse<String> answer = drafter.postForm("/records/" + recordId + "/changes", drafter.csrfOf("/report"),
				Map.of("kind", kind, "reason", reason));
		assertThat(answer.statusCode()).isEqualTo(302);
	}

	private long latestVersion(long recordId) {
		return jdbc.sql("SELECT MAX(id) FROM gk_published_version WHERE record_id = :id")
			.param("id", recordId)
			.query(Long.class)
			.single();
	}

}
