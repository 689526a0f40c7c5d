package cn.gongkai.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.process.complaints.ComplaintsProcess;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.support.Desk;
import cn.gongkai.support.Files;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.WebClient;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The online reporting channel through the real HTTP stack, from the public form to the published result. */
@GongkaiTest
class ReportTest {

	static final String NAME = "欧阳测试";
	static final String PHONE = "139 0000 1234";

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReportReachesXinfangAndItsPublishedResultShowsThroughTheLookupWithoutTheComplainant() {
		Desk.clockAt("2033-01-10T10:00:00+08:00");
		WebClient visitor = new WebClient(port);
		String place = "某区某路化工厂 " + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> receipt = submit(visitor, fields("AIR", place, "2033-01-09", "夜间排放刺鼻气体"),
				List.<Object[]>of(new Object[] { "photos", "现场.png", Files.png() }));
		assertThat(receipt.statusCode()).isEqualTo(200);
		assertThat(receipt.body()).contains("举报已提交");
		String trackingNo = find(receipt.body(), "<dt>查询号</dt><dd>([A-Z0-9]+)</dd>");
		String code = find(receipt.body(), "<dt>查询码</dt><dd>([A-Z0-9]+)</dd>");

		assertThat(lookup(visitor, trackingNo, "WRONGCODE")).contains("查询号或查询码不正确").doesNotContain("办理状态");
		assertThat(lookup(visitor, trackingNo, code)).contains("已受理，等待信访处交办")
			.contains("信访处收到举报后1个工作日内交办承办单位，截止 2033-01-11").contains("尚未办理");

		ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
			.processDefinitionKey(ComplaintsProcess.KEY)
			.variableValueEquals(ComplaintsProcess.VAR_REPORT_ID, reportId(trackingNo))
			.singleResult();
		Desk desk = new Desk(engine);
		var dispatch = desk.task(pi, ComplaintsProcess.TASK_DISPATCH_REPORT);
		assertThat(engine.getTaskService().getIdentityLinksForTask(dispatch.getId()))
			.anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("xinfang-drafter"));
		assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), ComplaintsProcess.VAR_TITLE))
			.isEqualTo("群众举报：大气污染（" + place + "）");

		WebClient xinfang = new WebClient(port).login("xinfangHead");
		assertThat(xinfang.get("/reports/" + reportId(trackingNo)).body()).contains(NAME).contains(PHONE).contains("现场.png");
		assertThat(new WebClient(port).login("jianceHead").get("/reports/" + reportId(trackingNo)).statusCode()).isEqualTo(404);

		desk.complete(pi, ComplaintsProcess.TASK_DISPATCH_REPORT, "xinfangDrafter",
				Map.of(ComplaintsProcess.VAR_TITLE, "化工厂夜间排放刺鼻气体", ComplaintsProcess.VAR_HANDLING_UNIT, "zhidui"));
		String dispatched = lookup(visitor, trackingNo, code);
		assertThat(dispatched).contains("已交办市环境监察支队调查处理")
			.contains("承办单位自交办之日起20个工作日内调查处理并办结，截止 2033-02-07");
		assertThat(find(dispatched, "<th scope=\"row\">交办承办单位</th>\\s*<td class=\"date\">([^<]+)</td>")).isEqualTo("2033-01-10");
		assertThat(new WebClient(port).login("zhiduiHead").get("/reports/" + reportId(trackingNo)).statusCode()).isEqualTo(200);

		desk.complete(pi, ComplaintsProcess.TASK_HANDLE_COMPLAINT, "zhiduiDrafter",
				Map.of(ComplaintsProcess.VAR_CONCLUDED_ON, "2033-01-10"));
		assertThat(lookup(visitor, trackingNo, code)).contains("已办结，处理结果将于");
		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, "zhidui", "化工厂夜间排放处理结果 " + place);
		desk.approveAndPublish(pi, "zhidui");

		String result = lookup(visitor, trackingNo, code);
		assertThat(result).contains("已办结，处理结果已公开").doesNotContain("尚未办理");
		String link = find(result, "href=\"(/column/records/\\d+)\"");
		String published = visitor.get(link).body();
		assertThat(published).contains("化工厂夜间排放处理结果");
		for (String page : List.of(published, result, visitor.get("/column/complaints").body())) {
			assertThat(page).doesNotContain(NAME).doesNotContain(PHONE);
		}
	}

	@Test
	void hostileInputIsRefusedOrRenderedInertAndNothingIsHalfStored() {
		Desk.clockAt("2033-02-10T10:00:00+08:00");
		WebClient visitor = new WebClient(port);
		long before = reports();

		HttpResponse<String> disguised = submit(visitor, fields("WATER", "河边", "2033-02-09", "排污"),
				List.<Object[]>of(new Object[] { "photos", "照片.png", Files.svg() }));
		assertThat(disguised.body()).contains("提交未成功").contains("不是 PNG 或 JPG 图片");
		HttpResponse<String> html = submit(visitor, fields("WATER", "河边", "2033-02-09", "排污"),
				List.<Object[]>of(new Object[] { "photos", "照片.jpg", Files.html() }));
		assertThat(html.body()).contains("不是 PNG 或 JPG 图片");
		HttpResponse<String> tooMany = submit(visitor, fields("WATER", "河边", "2033-02-09", "排污"),
				List.<Object[]>of(new Object[] { "photos", "1.png", Files.png() }, new Object[] { "photos", "2.png", Files.png() },
						new Object[] { "photos", "3.png", Files.png() }, new Object[] { "photos", "4.png", Files.png() }));
		assertThat(tooMany.body()).contains("照片最多 3 张");
		HttpResponse<String> longText = submit(visitor, fields("NOISE", "工地", "2033-02-09", "吵".repeat(2001)), List.of());
		assertThat(longText.body()).contains("问题描述不能超过 2000 个字");
		HttpResponse<String> future = submit(visitor, fields("NOISE", "工地", "2033-02-11", "夜间施工"), List.of());
		assertThat(future.body()).contains("发生日期不能晚于今天");
		Map<String, String> bot = fields("NOISE", "工地", "2033-02-09", "夜间施工");
		bot.put("website", "http://spam.example");
		assertThat(submit(visitor, bot, List.of()).body()).contains("提交未被受理");
		Map<String, String> unknown = fields("NUCLEAR_WAR", "工地", "2033-02-09", "夜间施工");
		unknown.put("phone", "<script>");
		assertThat(submit(visitor, unknown, List.of()).body()).contains("请选择举报类别").contains("联系电话只能包含数字")
			.doesNotContain("<script>");
		HttpResponse<String> noToken = visitor.postMultipart("/report", null, fields("AIR", "某地", "2033-02-09", "无令牌"),
				List.of());
		assertThat(noToken.statusCode()).isEqualTo(403);
		assertThat(reports()).isEqualTo(before);

		String script = "<script>alert('x')</script><a href=\"javascript:alert(1)\">点我</a>";
		HttpResponse<String> stored = submit(visitor, fields("OTHER", script, "2033-02-09", script), List.of());
		String trackingNo = find(stored.body(), "<dt>查询号</dt><dd>([A-Z0-9]+)</dd>");
		assertThat(reports()).isEqualTo(before + 1);
		String staffPage = new WebClient(port).login("xinfangHead").get("/reports/" + reportId(trackingNo)).body();
		assertThat(staffPage).doesNotContain("<script>alert").doesNotContain("href=\"javascript:")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
		assertThat(jdbc.sql("SELECT description FROM gk_report WHERE tracking_no = :t").param("t", trackingNo)
			.query(String.class).single()).isEqualTo(script);
	}

	@Test
	void aRefreshedReceiptOrASecondClickFilesNothingTwice() {
		Desk.clockAt("2033-04-10T10:00:00+08:00");
		WebClient visitor = new WebClient(port);
		String form = visitor.get("/report").body();
		Map<String, String> fields = fields("WATER", "重复提交测试 " + UUID.randomUUID(), "2033-04-09", "河面漂浮油污");
		fields.put("submission", find(form, "name=\"submission\" value=\"([^\"]+)\""));
		String csrf = find(form, "name=\"_csrf\" value=\"([^\"]+)\"");
		long before = reports();

		HttpResponse<String> first = visitor.postMultipart("/report", csrf, fields, List.of());
		assertThat(first.statusCode()).isEqualTo(302);
		String receiptPath = first.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		String receipt = visitor.get(receiptPath).body();
		String trackingNo = find(receipt, "<dt>查询号</dt><dd>([A-Z0-9]+)</dd>");
		// A refresh of the receipt shows it again; a second click posts the same form again: both file nothing.
		assertThat(visitor.get(receiptPath).body()).contains(trackingNo);
		HttpResponse<String> second = followed(visitor, visitor.postMultipart("/report", csrf, fields, List.of()));
		assertThat(second.body()).contains(trackingNo);
		assertThat(reports()).isEqualTo(before + 1);
		// A form never issued (or from another session) files nothing either.
		fields.put("submission", UUID.randomUUID().toString());
		assertThat(visitor.postMultipart("/report", csrf, fields, List.of()).body()).contains("未重复受理");
		assertThat(new WebClient(port).get(receiptPath).headers().firstValue("Location")).hasValueSatisfying(
				l -> assertThat(l).endsWith("/report/lookup"));
		assertThat(reports()).isEqualTo(before + 1);
	}

	@Test
	void oneAddressMayNotFloodTheForm() {
		Desk.clockAt("2033-03-10T10:00:00+08:00");
		WebClient visitor = new WebClient(port);
		for (int i = 0; i < 5; i++) {
			assertThat(submit(visitor, fields("OTHER", "某地 " + i, "2033-03-09", "第 " + i + " 次举报"), List.of()).body())
				.contains("举报已提交");
		}
		long before = reports();
		assertThat(submit(visitor, fields("OTHER", "某地", "2033-03-09", "第六次"), List.of()).body()).contains("提交过于频繁");
		assertThat(reports()).isEqualTo(before);
		// An hour later the address may report again.
		Desk.clockAt("2033-03-10T11:00:01+08:00");
		assertThat(submit(visitor, fields("OTHER", "某地", "2033-03-09", "一小时后"), List.of()).body()).contains("举报已提交");
	}

	/** As a browser does: the form (its tokens), the post, and the page the post redirects to. */
	private HttpResponse<String> submit(WebClient visitor, Map<String, String> fields, List<Object[]> photos) {
		String form = visitor.get("/report").body();
		Map<String, String> posted = new HashMap<>(fields);
		posted.put("submission", find(form, "name=\"submission\" value=\"([^\"]+)\""));
		return followed(visitor, visitor.postMultipart("/report", find(form, "name=\"_csrf\" value=\"([^\"]+)\""), posted,
				photos));
	}

	private static HttpResponse<String> followed(WebClient visitor, HttpResponse<String> response) {
		if (response.statusCode() != 302) {
			return response;
		}
		String location = response.headers().firstValue("Location").orElseThrow();
		return visitor.get(location.substring(location.indexOf("/report")));
	}

	private static Map<String, String> fields(String category, String place, String day, String description) {
		Map<String, String> fields = new HashMap<>();
		fields.put("category", category);
		fields.put("place", place);
		fields.put("occurredOn", day);
		fields.put("description", description);
		fields.put("name", NAME);
		fields.put("phone", PHONE);
		fields.put("website", "");
		return fields;
	}

	private String lookup(WebClient visitor, String trackingNo, String code) {
		return visitor.postForm("/report/lookup", visitor.csrfOf("/report/lookup"),
				Map.of("trackingNo", trackingNo, "secretCode", code)).body();
	}

	private long reportId(String trackingNo) {
		return jdbc.sql("SELECT id FROM gk_report WHERE tracking_no = :t").param("t", trackingNo).query(Long.class).single();
	}

	private long reports() {
		return jdbc.sql("SELECT COUNT(*) FROM gk_report").query(Long.class).single();
	}

	private static String find(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		assertThat(m.find()).as("%s in the page", regex).isTrue();
		return m.group(1);
	}

}
