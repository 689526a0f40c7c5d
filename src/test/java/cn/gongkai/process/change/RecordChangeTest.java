package cn.gongkai.process.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gongkai.calendar.WorkingDayCalendar;
import cn.gongkai.calendar.YearArrangement;
import cn.gongkai.column.OpenApiSchemas;
import cn.gongkai.process.escalation.EscalationProcess;
import cn.gongkai.record.RecordChange;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.RecordStatus;
import cn.gongkai.support.Desk;
import cn.gongkai.support.MailServer;
import cn.gongkai.support.ProcessTest;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.support.Staff;
import cn.gongkai.support.TestYears;
import cn.gongkai.support.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A published record is corrected, then retracted, each through the review chain; the column shows the correction
 * note and the retraction notice at every address the record ever had, and never a 404.
 */
@ProcessTest
class RecordChangeTest extends RunningApplication {

	@Autowired
	RecordService records;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkingDayCalendar calendar;

	final ObjectMapper json = new ObjectMapper();

	@Autowired
	Desk desk;

	@Test
	void aCorrectionThenARetractionLeaveTheirNotesAtTheRecordsAddresses() throws Exception {
		String marker = "更正测试" + UUID.randomUUID().toString().substring(0, 6);
		long recordId = publishedRecord(marker + " 11月上半月水质");
		long original = latestVersion(recordId);
		WebClient visitor = new WebClient(port);
		assertThat(listed(visitor, marker)).containsExactly(marker + " 11月上半月水质");
		// Served twice: the second answer comes from the cache.
		assertThat(visitor.get("/column/water-quality?q=" + enc(marker)).headers().firstValue("X-Gongkai-Cache"))
			.hasValue("hit");

		WebClient drafter = new WebClient(port).login("jianceDrafter");
		assertThat(requestChange(drafter, recordId, "CORRECTION", "断面名称有误，应为“柳林”<script>alert(1)</script>")
			.statusCode()).isEqualTo(302);
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.DRAFT);
		// Until the correction passes review the column shows what was published.
		assertThat(listed(visitor, marker)).containsExactly(marker + " 11月上半月水质");

		ProcessInstance correction = desk.change(recordId);
		assertThat(correction).isWaitingAt(RecordChangeProcess.TASK_EDIT_CORRECTION);
		Map<String, Object> corrected = new HashMap<>(Staff.draft(marker + " 11月上半月水质（更正）", false, false));
		corrected.put("section", "water-quality");
		desk.complete(correction, RecordChangeProcess.TASK_EDIT_CORRECTION, "jianceDrafter", corrected);
		desk.approveAndPublish(correction, "jiance");
		assertThat(correction).hasPassed(RecordChangeProcess.CALL_REVIEW).isEnded();
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.PUBLISHED);

		long replacement = latestVersion(recordId);
		assertThat(replacement).isGreaterThan(original);
		assertThat(listed(visitor, marker)).containsExactly(marker + " 11月上半月水质（更正）");
		String old = visitor.get("/column/records/" + original).body();
		assertThat(old).contains("更正说明").contains("断面名称有误，应为“柳林”&lt;script&gt;").doesNotContain("<script>alert(1)")
			.contains("/column/records/" + replacement).contains("以下为更正前的内容");
		assertThat(visitor.get("/column/records/" + replacement).body()).contains("更正说明")
			.contains("/column/records/" + original).contains("查看更正前的信息");
		JsonNode oldApi = json.readTree(visitor.get("/api/column/records/" + original).body());
		assertThat(oldApi.path("state").asText()).isEqualTo("corrected");
		assertThat(oldApi.path("currentUrl").asText()).endsWith("/column/records/" + replacement);

		assertThat(requestChange(drafter, recordId, "RETRACTION", "数据来源有误").statusCode()).isEqualTo(302);
		ProcessInstance retraction = desk.change(recordId);
		desk.review(retraction, "jianceHead", Map.of("reviewDecision", "RETURN", "reviewComment", "理由写清楚"));
		assertThat(retraction).isWaitingAt(RecordChangeProcess.TASK_REVISE_RETRACTION);
		assertThat(listed(visitor, marker)).hasSize(1);
		assertThatThrownBy(() -> desk.complete(retraction, RecordChangeProcess.TASK_REVISE_RETRACTION, "jianceDrafter",
				Map.of("retractionReason", "  ", "cancelRequest", false))).hasMessageContaining("请填写更正或撤回的理由");
		assertThat(retraction).isWaitingAt(RecordChangeProcess.TASK_REVISE_RETRACTION);
		desk.complete(retraction, RecordChangeProcess.TASK_REVISE_RETRACTION, "jianceDrafter",
				Map.of("retractionReason", "监测设备故障，本期数据作废", "cancelRequest", false));
		desk.approveAndPublish(retraction, "jiance");
		assertThat(retraction).isEnded();
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.RETRACTED);

		assertThat(listed(visitor, marker)).isEmpty();
		for (long version : List.of(original, replacement)) {
			HttpResponse<String> page = visitor.get("/column/records/" + version);
			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("撤回公告").contains("监测设备故障，本期数据作废")
				.doesNotContain("监测点位：市区 9 个国控点");
			JsonNode api = json.readTree(visitor.get("/api/column/records/" + version).body());
			assertThat(api.path("state").asText()).isEqualTo("retracted");
			assertThat(api.path("body").asText()).isEmpty();
			assertThat(api.path("notes").findValuesAsText("kind")).contains("retraction");
		}
		assertThat(records.changes(recordId)).extracting(RecordChange::status)
			.containsExactly(RecordChange.Status.EFFECTIVE, RecordChange.Status.EFFECTIVE);

		// A site that copied the column learns what to drop and what to replace, from the feed and from the API.
		String feed = visitor.get("/column/water-quality/feed").body();
		assertThat(feed).containsPattern("<at:deleted-entry ref=\"[^\"]*/column/records/" + replacement + "\"")
			.contains("已撤回：监测设备故障，本期数据作废")
			.containsPattern("<at:deleted-entry ref=\"[^\"]*/column/records/" + original + "\"")
			.containsPattern("更正后的信息见 \\S*/column/records/" + replacement + "<");
		HttpResponse<String> withdrawn = visitor.get("/api/column/sections/water-quality/withdrawn");
		JsonNode openApi = json.readTree(visitor.get("/api/column/openapi.json").body());
		JsonNode list = json.readTree(withdrawn.body());
		for (JsonNode item : list) {
			OpenApiSchemas.assertValid(openApi, "Withdrawn", item);
		}
		assertThat(list.get(0).path("id").asLong()).as("newest first").isEqualTo(replacement);
		assertThat(list.get(0).path("kind").asText()).isEqualTo("retraction");
		assertThat(list.get(1).path("id").asLong()).isEqualTo(original);
		assertThat(list.get(1).path("replacedByUrl").asText()).endsWith("/column/records/" + replacement);
	}

	@Test
	void onlyTheUnitsDrafterMayAskAndABadRequestChangesNothing() throws Exception {
		long recordId = publishedRecord("申请校验 " + UUID.randomUUID().toString().substring(0, 6));
		assertThat(requestChange(new WebClient(port).login("jianceHead"), recordId, "CORRECTION", "理由").statusCode())
			.isEqualTo(403);
		assertThat(requestChange(new WebClient(port).login("zhengfaDrafter"), recordId, "CORRECTION", "理由")
			.statusCode()).isEqualTo(404);

		WebClient drafter = new WebClient(port).login("jianceDrafter");
		// People by name, family name first: who submitted (not the schedule that opened it) and who reviewed.
		assertThat(drafter.get("/records/" + recordId).body()).contains("<dd>陈博文</dd>").contains("褚若溪").contains("蒋沐阳")
			.doesNotContain("schedule").doesNotContain(">jianceHead<");
		requestChange(drafter, recordId, "CORRECTION", "   ");
		assertThat(drafter.get("/records/" + recordId).body()).contains("请填写更正或撤回的理由");
		requestChange(drafter, recordId, "DELETE", "理由");
		assertThat(drafter.get("/records/" + recordId).body()).contains("请选择申请事项");
		requestChange(drafter, recordId, "RETRACTION", "长".repeat(RecordChange.REASON_MAX + 1));
		assertThat(drafter.get("/records/" + recordId).body()).contains("理由不能超过 1000 个字");
		assertThat(records.changes(recordId)).isEmpty();
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.PUBLISHED);
		assertThat(engine.getRuntimeService().createProcessInstanceQuery()
			.processDefinitionKey(RecordChangeProcess.KEY)
			.processInstanceBusinessKey(String.valueOf(recordId))
			.count()).isZero();

		requestChange(drafter, recordId, "RETRACTION", "重复发布");
		assertThat(drafter.get("/records/" + recordId).body()).contains("已提出撤回申请");
		requestChange(drafter, recordId, "CORRECTION", "再申请一次");
		assertThat(drafter.get("/records/" + recordId).body()).contains("只有已公开的信息可以申请更正");
		assertThat(records.changes(recordId)).hasSize(1);
	}

	@Test
	void aCorrectionTheSecrecyReviewRefusesLeavesThePublishedVersionAndItsText() throws Exception {
		String title = "保密退回 " + UUID.randomUUID().toString().substring(0, 6);
		long recordId = publishedRecord(title);
		long original = latestVersion(recordId);
		requestChange(new WebClient(port).login("jianceDrafter"), recordId, "CORRECTION", "补充涉密点位");
		ProcessInstance correction = desk.change(recordId);
		desk.complete(correction, RecordChangeProcess.TASK_EDIT_CORRECTION, "jianceDrafter",
				Staff.draft(title + "（含涉密点位）", false, false));
		desk.review(correction, "jianceHead", Map.of("reviewDecision", "APPROVE", "reviewComment", "同意"));
		desk.review(correction, "jianceSecrecy", Map.of("secrecyOutcome", "WITHHOLD", "legalBasis", "ART14",
				"reviewBasis", "《保密法》", "reviewConclusion", "涉及国家秘密"));
		assertThat(correction).isEnded();

		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.PUBLISHED);
		assertThat(records.get(recordId).title()).isEqualTo(title);
		assertThat(latestVersion(recordId)).isEqualTo(original);
		assertThat(records.changes(recordId)).extracting(RecordChange::status).containsExactly(RecordChange.Status.REFUSED);
		assertThat(new WebClient(port).get("/column/records/" + original).body()).doesNotContain("更正说明");
	}

	@Test
	void aReturnedRetractionTheUnitGivesUpLeavesTheRecordPublished() throws Exception {
		String title = "放弃撤回 " + UUID.randomUUID().toString().substring(0, 6);
		long recordId = publishedRecord(title);
		requestChange(new WebClient(port).login("jianceDrafter"), recordId, "RETRACTION", "误发");
		ProcessInstance retraction = desk.change(recordId);
		desk.review(retraction, "jianceHead", Map.of("reviewDecision", "RETURN", "reviewComment", "无需撤回"));
		desk.complete(retraction, RecordChangeProcess.TASK_REVISE_RETRACTION, "jianceDrafter",
				Map.of("retractionReason", "误发", "cancelRequest", true));
		assertThat(retraction).hasPassed(RecordChangeProcess.TASK_CANCEL_CHANGE).isEnded();
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.PUBLISHED);
		assertThat(records.changes(recordId)).extracting(RecordChange::status)
			.containsExactly(RecordChange.Status.CANCELLED);
		assertThat(listed(new WebClient(port), title)).containsExactly(title);
	}

	@Test
	void aCorrectionStillBeingEditedCanBeGivenUpOnceInReviewItCannot() throws Exception {
		String title = "放弃更正 " + UUID.randomUUID().toString().substring(0, 6);
		long recordId = publishedRecord(title);
		WebClient drafter = new WebClient(port).login("jianceDrafter");
		requestChange(drafter, recordId, "CORRECTION", "想改标题");
		ProcessInstance correction = desk.change(recordId);
		assertThat(drafter.get("/records/" + recordId).body()).contains("放弃更正");
		assertThat(giveUp(new WebClient(port).login("jianceHead"), recordId).statusCode()).isEqualTo(403);
		assertThat(correction).isWaitingAt(RecordChangeProcess.TASK_EDIT_CORRECTION);

		assertThat(giveUp(drafter, recordId).statusCode()).isEqualTo(302);
		assertThat(drafter.get("/records/" + recordId).body()).contains("已放弃更正");
		assertThat(correction).hasPassed(RecordChangeProcess.EVENT_CORRECTION_GIVEN_UP, RecordChangeProcess.TASK_CANCEL_CHANGE)
			.isEnded();
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.PUBLISHED);
		assertThat(records.changes(recordId)).extracting(RecordChange::status)
			.containsExactly(RecordChange.Status.CANCELLED);

		requestChange(drafter, recordId, "CORRECTION", "还是要改");
		assertThat(drafter.get("/records/" + recordId).body()).contains("已提出更正申请");
		ProcessInstance second = desk.change(recordId);
		desk.complete(second, RecordChangeProcess.TASK_EDIT_CORRECTION, "jianceDrafter", Staff.draft(title + "（改）", false, false));
		giveUp(drafter, recordId);
		assertThat(drafter.get("/records/" + recordId).body()).contains("只有尚未提交审核的更正可以放弃");
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.IN_REVIEW);
		assertThat(second).isActive();
	}

	private HttpResponse<String> giveUp(WebClient user, long recordId) {
		return user.postForm("/records/" + recordId + "/changes/give-up", user.csrfOf("/report"), Map.of());
	}

	/**
	 * A correction is due 20 working days after it was asked for, named after its record, escalated when late; a return
	 * by a reviewer does not move the date.
	 */
	@Test
	void aChangeIsDueTwentyWorkingDaysAfterItWasAskedForAndEscalatedWhenLate() {
		MailServer.purge();
		Desk.clockAt("2026-11-02T09:00:00+08:00");
		String title = "更正期限 " + UUID.randomUUID().toString().substring(0, 6);
		long recordId = publishedRecord(title);
		requestChange(new WebClient(port).login("jianceDrafter"), recordId, "CORRECTION", "点位名称有误");
		ProcessInstance correction = desk.change(recordId);
		Task edit = desk.task(correction, RecordChangeProcess.TASK_EDIT_CORRECTION);
		// Twenty working days after Monday 2 November 2026 (no holiday in November): Monday 30 November.
		Instant due = OffsetDateTime.parse("2026-11-30T23:59:59+08:00").toInstant();
		assertThat(edit.getDueDate().toInstant()).isEqualTo(due);
		assertThat(edit.getName()).isEqualTo("修改更正内容：" + title);
		assertThat(edit.getDescription()).contains("更正申请（2026-11-02 提出，理由：点位名称有误）")
			.contains("更正、撤回自提出申请之日起20个工作日内完成");

		Desk.clockAt("2026-11-10T09:00:00+08:00");
		desk.complete(correction, RecordChangeProcess.TASK_EDIT_CORRECTION, "jianceDrafter",
				Staff.draft(title + "（更正）", false, false));
		desk.review(correction, "jianceHead", Map.of("reviewDecision", "RETURN", "reviewComment", "请补充点位"));
		Task returned = desk.task(correction, RecordChangeProcess.TASK_EDIT_CORRECTION);
		assertThat(returned.getDueDate().toInstant()).as("a return keeps the day it was asked for").isEqualTo(due);

		Desk.clockAt("2026-12-01T00:00:01+08:00");
		desk.runWatch(EscalationProcess.businessKey(EscalationProcess.TASK, returned.getId()));
		assertThat(MailServer.received()).extracting(MailServer::subject)
			.anyMatch(subject -> subject.startsWith("【逾期督办】") && subject.contains("监测处：修改更正内容：更正期限"));
		engine.getRuntimeService().deleteProcessInstance(correction.getId(), "test");
		MailServer.purge();
	}

	/** A correction's due date that runs into a year without an arrangement is recomputed when the year is loaded. */
	@Test
	void aChangesProvisionalDueDateIsRecomputedWhenItsYearArrives() {
		assertThat(calendar.hasYear(2027)).as("no 2027 arrangement ships yet; this test loads its own").isFalse();
		try {
			Desk.clockAt("2026-12-20T10:00:00+08:00");
			long recordId = publishedRecord("跨年更正 " + UUID.randomUUID().toString().substring(0, 6));
			requestChange(new WebClient(port).login("jianceDrafter"), recordId, "CORRECTION", "跨年核对");
			ProcessInstance correction = desk.change(recordId);
			Task edit = desk.task(correction, RecordChangeProcess.TASK_EDIT_CORRECTION);
			// Without 2027's arrangement New Year's Day counts: the twentieth working day after 20 December is 15 January.
			assertThat(edit.getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse("2027-01-15T23:59:59+08:00").toInstant());
			assertThat(edit.getDescription()).contains("2027 年放假安排尚未公布");

			// A test arrangement, not the official 2027 one: New Year's Day off.
			calendar.load(new YearArrangement(2027, "测试用安排", List.of(new YearArrangement.Holiday("元旦",
					LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), List.of()))), "test");
			Task after = engine.getTaskService().createTaskQuery().taskId(edit.getId()).singleResult();
			assertThat(after.getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse("2027-01-18T23:59:59+08:00").toInstant());
			assertThat(after.getDescription()).contains("跳过 2027-01-01（元旦）").doesNotContain("尚未公布");
			engine.getRuntimeService().deleteProcessInstance(correction.getId(), "test");
		}
		finally {
			TestYears.remove(jdbc, 2027);
		}
	}

	private long publishedRecord(String title) {
		long recordId = desk.draftAndPublish(scheduled.open("env-quality", "jiance"), "jiance", title, "water-quality");
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.PUBLISHED);
		return recordId;
	}

	private HttpResponse<String> requestChange(WebClient user, long recordId, String kind, String reason) {
		// Any page with a form carries the session's token; the record page has none for those who may not ask.
		String csrf = user.csrfOf("/report");
		return user.postForm("/records/" + recordId + "/changes", csrf, Map.of("kind", kind, "reason", reason));
	}

	private long latestVersion(long recordId) {
		return jdbc.sql("SELECT MAX(id) FROM gk_published_version WHERE record_id = :id").param("id", recordId)
			.query(Long.class).single();
	}

	/** Titles on the water-quality list that carry {@code marker}. */
	private List<String> listed(WebClient visitor, String marker) {
		String page = visitor.get("/column/water-quality?q=" + enc(marker)).body();
		return java.util.regex.Pattern.compile(">(" + java.util.regex.Pattern.quote(marker) + "[^<]*)</a>")
			.matcher(page)
			.results()
			.map(m -> m.group(1))
			.toList();
	}

	private static String enc(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}
