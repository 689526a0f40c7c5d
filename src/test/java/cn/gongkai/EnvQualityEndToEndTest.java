package cn.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import cn.gongkai.record.AttachmentService;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.RecordStatus;
import cn.gongkai.support.Files;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.ScheduledObligations;
import cn.gongkai.support.Staff;
import cn.gongkai.support.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application over HTTP on PostgreSQL: the schedule opens a monitoring unit's update; its drafter attaches a
 * file, files it under water quality and submits it;
 * the unit head and the secrecy reviewer decide; the record appears on the public column.
 */
@GongkaiTest
class EnvQualityEndToEndTest {

	@LocalServerPort
	int port;

	@Autowired
	RecordService records;

	@Autowired
	AttachmentService attachments;

	@Autowired
	ScheduledObligations scheduled;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void aScheduledRecordGoesFromTheDraftersFormToThePublicPage() throws Exception {
		String title = "2026年11月上半月空气质量状况 " + UUID.randomUUID().toString().substring(0, 8);
		WebClient drafterRest = new WebClient(port).basic("jianceDrafter", Staff.PASSWORD);
		long id = Long.parseLong(scheduled.open("env-quality", "jiance").getBusinessKey());
		WebClient foreignDrafter = new WebClient(port).basic("zhengfaDrafter", Staff.PASSWORD);
		assertThat(json.readTree(foreignDrafter.get("/engine-rest/task?processInstanceBusinessKey=" + id).body())).isEmpty();
		assertThat(records.get(id).status()).isEqualTo(RecordStatus.DRAFT);

		WebClient drafterBrowser = new WebClient(port).login("jianceDrafter");
		String csrf = drafterBrowser.csrfOf("/records/" + id + "/attachments");
		HttpResponse<String> upload = drafterBrowser.upload("/records/" + id + "/attachments", csrf, "监测数据.pdf",
				Files.pdf());
		assertThat(upload.statusCode()).isEqualTo(302);
		HttpResponse<String> disguised = drafterBrowser.upload("/records/" + id + "/attachments", csrf, "图表.png",
				Files.svg());
		assertThat(disguised.statusCode()).isEqualTo(302);
		String page = drafterBrowser.get("/records/" + id + "/attachments").body();
		assertThat(page).contains("内容不是 PDF、XLSX、PNG 或 JPG 格式").contains("监测数据.pdf");
		assertThat(attachments.list(id)).singleElement().extracting(a -> a.fileName()).isEqualTo("监测数据.pdf");

		String draftTask = onlyTask(drafterRest, id);
		HttpResponse<String> incomplete = drafterRest.postJson("/engine-rest/task/" + draftTask + "/submit-form",
				"{\"variables\":{\"title\":{\"value\":\"" + title + "\"},\"indexNo\":{\"value\":\"\"}}}");
		assertThat(incomplete.statusCode()).isEqualTo(400);
		assertThat(json.readTree(incomplete.body()).path("message").asText())
			.isEqualTo("提交失败，请补充或修改：索引号不能为空；内容概述不能为空；正文不能为空；生成日期不能为空");
		assertThat(records.get(id).status()).isEqualTo(RecordStatus.DRAFT);

		HttpResponse<String> foreignSection = drafterRest.postJson("/engine-rest/task/" + draftTask + "/submit-form", """
				{"variables":{"title":{"value":"%s"},"section":{"value":"radiation"},"indexNo":{"value":"ZZHB-2026-0042"},
				"summary":{"value":"概述"},"body":{"value":"正文"},"dateFormed":{"value":"2026-11-14"}}}""".formatted(title));
		assertThat(foreignSection.statusCode()).isEqualTo(400);
		assertThat(json.readTree(foreignSection.body()).path("message").asText()).contains("栏目无效");
		assertThat(records.get(id).sectionKey()).isEqualTo("air-quality");

		HttpResponse<String> submitted = drafterRest.postJson("/engine-rest/task/" + draftTask + "/submit-form", """
				{"variables":{"title":{"value":"%s"},"section":{"value":"water-quality"},"indexNo":{"value":"ZZHB-2026-0042"},
				"summary":{"value":"全市 9 个国控点位空气质量监测结果"},"body":{"value":"AQI 日均值 78，优良天数 12 天。<script>alert(1)</script>"},
				"dateFormed":{"value":"2026-11-14"},"personalInfo":{"value":false},"majorConcern":{"value":false}}}"""
			.formatted(title));
		assertThat(submitted.statusCode()).isEqualTo(204);

		assertThat(new WebClient(port).login("jianceHead").get("/records/" + id).body()).contains("ZZHB-2026-0042");
		assertThat(new WebClient(port).login("zhengfaHead").get("/records/" + id).statusCode()).isEqualTo(404);

		WebClient head = new WebClient(port).basic("jianceHead", Staff.PASSWORD);
		String headTask = onlyTask(head, id);
		assertThat(head.postJson("/engine-rest/task/" + headTask + "/claim", "{\"userId\":\"jianceHead\"}").statusCode())
			.isEqualTo(204);
		assertThat(head.postJson("/engine-rest/task/" + headTask + "/submit-form",
				"{\"variables\":{\"reviewDecision\":{\"value\":\"APPROVE\"},\"reviewComment\":{\"value\":\"同意\"}}}")
			.statusCode()).isEqualTo(204);

		WebClient secrecy = new WebClient(port).basic("jianceSecrecy", Staff.PASSWORD);
		String secrecyTask = onlyTask(secrecy, id);
		secrecy.postJson("/engine-rest/task/" + secrecyTask + "/claim", "{\"userId\":\"jianceSecrecy\"}");
		assertThat(secrecy.postJson("/engine-rest/task/" + secrecyTask + "/submit-form", """
				{"variables":{"secrecyOutcome":{"value":"PUBLISH"},"reviewBasis":{"value":"《保密法》第二十九条"},
				"reviewConclusion":{"value":"不涉及国家秘密，同意公开"}}}""").statusCode()).isEqualTo(204);
		assertThat(records.get(id).status()).isEqualTo(RecordStatus.PUBLISHED);

		WebClient visitor = new WebClient(port);
		// Searched by its title: other tests publish to the same section.
		HttpResponse<String> list = visitor
			.get("/column/water-quality?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(title);
		String detailPath = list.body().replaceAll("(?s).*href=\"(/column/records/\\d+)\">" + java.util.regex.Pattern.quote(title) + ".*", "$1");
		HttpResponse<String> detail = visitor.get(detailPath);
		assertThat(detail.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		assertThat(detail.body()).contains("ZZHB-2026-0042").contains("监测处").contains("AQI 日均值 78").contains("监测数据.pdf");
		String download = detail.body().replaceAll("(?s).*href=\"(/column/attachments/\\d+)\".*", "$1");
		assertThat(visitor.getBytes(download).body()).isEqualTo(Files.pdf());
	}

	private String onlyTask(WebClient client, long recordId) throws Exception {
		JsonNode tasks = json.readTree(
				client.get("/engine-rest/task?processInstanceBusinessKey=" + recordId + "&maxResults=10").body());
		assertThat(tasks).hasSize(1);
		return tasks.get(0).path("id").asText();
	}

}
