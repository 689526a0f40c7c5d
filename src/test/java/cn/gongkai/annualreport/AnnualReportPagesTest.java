package cn.gongkai.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gongkai.application.ApplicantKind;
import cn.gongkai.application.ApplicationForm;
import cn.gongkai.application.ApplicationReceipt;
import cn.gongkai.application.ApplicationService;
import cn.gongkai.application.OutcomeRow;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.record.PublishedRecords;
import cn.gongkai.site.Bureau;
import cn.gongkai.column.OpenApiSchemas;
import cn.gongkai.support.Desk;
import cn.gongkai.support.PageRules;
import cn.gongkai.support.ProcessTest;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.support.Staff;
import cn.gongkai.support.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The annual report through its pages: the office's drafter sees what the system counted (each figure opening the
 * applications behind it), is told every problem of a refused report with everything typed kept and nothing saved,
 * saves a good one; other units do not see it; after review the column shows and offers for download what was
 * published, escaped and without the staff's lists. The years 2044 to 2046 are this test's alone: no other test files
 * applications, publishes enforcement results or reports in them.
 */
@ProcessTest
class AnnualReportPagesTest extends RunningApplication {

	static final String OVERVIEW = "本局坚持以公开为常态、不公开为例外。<script>alert('总体')</script>";

	@Autowired
	AnnualReports reports;

	@Autowired
	ApplicationService applications;

	@Autowired
	ObligationService obligations;

	@Autowired
	PublishedRecords published;

	@Autowired
	Bureau bureau;

	@Autowired
	Desk desk;

	@Autowired
	ObjectMapper json;

	@Test
	void theOfficeDraftsTheReportOnItsPageAndTheColumnPublishesIt() throws Exception {
		// 2044: a letter received in June and not answered by the year's end, and one enforcement result published.
		Desk.clockAt("2044-06-02T09:00:00+08:00");
		ApplicationReceipt letter = applications.register(letterForm(), "POST", "2044-06-01", "officeDrafter");
		Desk.clockAt("2044-08-08T09:00:00+08:00");
		ProcessInstance enforcement = scheduled.open("enforcement", "zhidui", LocalDate.of(2044, 9, 4));
		long enforcementRecord = desk.draftAndPublish(enforcement, "zhidui", "行政处罚决定 " + UUID.randomUUID(),
				"enforcement-results");
		long enforcementVersion = published.latestVersionId(enforcementRecord).orElseThrow();

		Desk.clockAt("2045-01-05T09:00:00+08:00");
		ProcessInstance pi = annualObligation(2045);
		long recordId = recordOf(pi);
		String page = "/records/" + recordId + "/annual-report";
		WebClient drafter = new WebClient(port).login("officeDrafter");

		// The page: six parts, the computed figures read-only, table three in the national format.
		HttpResponse<String> opened = drafter.get(page);
		assertThat(opened.statusCode()).isEqualTo(200);
		assertThat(opened.body()).contains("2044年度政府信息公开工作年度报告", "尚未保存", "一、总体情况", "二、主动公开政府信息情况",
				"三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项",
				"系统按本年形成并已公开的执法结果统计", page + "/penalties",
				"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "法人或其他组织", "社会公益组织", "（七）总计",
				"四、结转下年度继续办理", "属于国家秘密", "（三）不予公开");
		Document form = Jsoup.parse(opened.body());
		assertThat(reports.penaltyDecisions(2044)).isEqualTo(1);
		assertThat(form.select("td.computed strong.figure").text()).isEqualTo("1");
		HttpResponse<String> penalties = drafter.get(page + "/penalties");
		assertThat(penalties.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(penalties.body()).select("tbody tr")).as("the decisions the figure counts").hasSize(1);
		assertThat(form.select("input[name=ACTIVE.PENALTY.DECISIONS]")).as("the penalty decisions are not typed").isEmpty();
		assertThat(form.select("input[name^=ACTIVE.]")).hasSize(9);
		assertThat(form.select("input[name^=REMEDIES.]")).hasSize(15);
		Element applicationsTable = form.selectFirst("table.applications-table");
		assertThat(applicationsTable.select("tbody tr")).as("received, carried over, 21 outcomes, total, carried forward")
			.hasSize(2 + OutcomeRow.values().length + 2);
		assertThat(applicationsTable.select("input")).isEmpty();
		var counted = applications.year(2044);
		Element received = applicationsTable.selectFirst("tbody tr").select("td a").get(0);
		assertThat(received.text()).isEqualTo(String.valueOf(counted.received().get(ApplicantKind.NATURAL_PERSON)))
			.isNotEqualTo("0");
		assertThat(received.attr("href")).isEqualTo(page + "/applications?row=received&kind=NATURAL_PERSON");

		// Each figure opens the applications it counts; the list names no applicant.
		String list = drafter.get(page + "/applications?row=received&kind=NATURAL_PERSON").body();
		assertThat(list).contains(letter.trackingNo()).contains("/workspace/applications/" + letter.applicationId())
			.contains("2044-06-01").contains("表三“一、本年新收政府信息公开申请数量”的“自然人”一栏")
			.doesNotContain(letterForm().applicantName()).doesNotContain(letterForm().phone());
		assertThat(drafter.get(page + "/applications?row=carriedForward").body()).contains(letter.trackingNo());
		assertThat(drafter.get(page + "/applications?row=DISCLOSED&kind=NATURAL_PERSON").body())
			.doesNotContain(letter.trackingNo());
		assertThat(drafter.get(page + "/applications?row=nonsense").statusCode()).isEqualTo(400);
		assertThat(drafter.get(page + "/applications?row=received&kind=ALIENS").statusCode()).isEqualTo(400);
		assertThat(drafter.get("/records/abc/annual-report").statusCode()).isEqualTo(400);

		// A refused report: every problem named, everything typed kept, nothing saved.
		String csrf = drafter.csrfOf(page);
		Map<String, String> bad = validFields(OVERVIEW);
		bad.put(AnnualReportForm.activeCell(ActiveRow.LICENSING, ActiveRow.ActiveColumn.DECISIONS), "abc");
		bad.put(AnnualReportForm.activeCell(ActiveRow.COERCION, ActiveRow.ActiveColumn.DECISIONS), "-1");
		bad.put(AnnualReportForm.activeCell(ActiveRow.REGULATIONS, ActiveRow.ActiveColumn.ISSUED), "1.5");
		bad.put(AnnualReportForm.activeCell(ActiveRow.FEES, ActiveRow.ActiveColumn.AMOUNT), "<b>x</b>");
		bad.put(AnnualReportForm.remedyCell(RemedyRow.RECONSIDERATION, RemedyRow.RemedyColumn.TOTAL), "9");
		bad.put(AnnualReportForm.remedyCell(RemedyRow.LITIGATION_AFTER_RECONSIDERATION, RemedyRow.RemedyColumn.UPHELD),
				"3000000000");
		bad.put(AnnualReportForm.activeCell(ActiveRow.NORMATIVE_DOCUMENTS, ActiveRow.ActiveColumn.ISSUED), "1e999999999");
		bad.put(AnnualReportForm.activeCell(ActiveRow.PENALTY, ActiveRow.ActiveColumn.DECISIONS), "999");
		bad.put("ACTIVE.UNKNOWN.ROW", "1");
		bad.put("savedBy", "chief");
		HttpResponse<String> refused = drafter.postForm(page, csrf, bad);
		assertThat(refused.statusCode()).isEqualTo(200);
		Document refusedPage = Jsoup.parse(refused.body());
		assertThat(refusedPage.select("div.error li").eachText()).containsExactlyInAnyOrder(
				"表二“规章”的“本年制发件数”应为整数", "表二“行政许可”的“本年处理决定数量”不是数字：“abc”",
				"表二“行政强制”的“本年处理决定数量”不能为负数", "表二“行政事业性收费”的“本年收费金额（单位：万元）”不是数字：“<b>x</b>”",
				"表四“行政复议”的总计为 9，不等于结果维持、结果纠正、其他结果、尚未审结之和 3",
				"表四“行政诉讼：复议后起诉”的“结果维持”过大", "表二“行政规范性文件”的“本年制发件数”过大");
		assertThat(refusedPage.text()).contains("年度报告未保存");
		assertThat(value(refusedPage, "ACTIVE.LICENSING.DECISIONS")).isEqualTo("abc");
		assertThat(value(refusedPage, "ACTIVE.COERCION.DECISIONS")).isEqualTo("-1");
		assertThat(value(refusedPage, "ACTIVE.REGULATIONS.ISSUED")).isEqualTo("1.5");
		assertThat(value(refusedPage, "REMEDIES.RECONSIDERATION.TOTAL")).isEqualTo("9");
		assertThat(value(refusedPage, "ACTIVE.NORMATIVE_DOCUMENTS.ISSUED")).isEqualTo("1e999999999");
		assertThat(value(refusedPage, "ACTIVE.NORMATIVE_DOCUMENTS.IN_FORCE")).isEqualTo("37");
		assertThat(refusedPage.selectFirst("textarea#overview").text()).isEqualTo(OVERVIEW);
		assertThat(refused.body()).as("typed text is escaped").doesNotContain("<script>alert").doesNotContain("<b>x</b>")
			.contains("&lt;script&gt;alert");
		assertThat(reports.current(recordId)).as("nothing of a refused report is saved").isEmpty();

		// Someone of the office who is not its drafter sees the page but cannot save it.
		WebClient head = new WebClient(port).login("officeHead");
		assertThat(head.get(page).body()).contains("该记录当前不可修改年度报告").doesNotContain("检查并保存年度报告");
		HttpResponse<String> notTheDrafter = head.postForm(page, head.csrfOf(page), validFields("办公室负责人代填"));
		assertThat(notTheDrafter.statusCode()).isEqualTo(403);
		assertThat(notTheDrafter.body()).contains("只有办公室责任人可以填写和修改年度报告，未保存").contains("办公室负责人代填");
		assertThat(reports.current(recordId)).isEmpty();

		// Another unit sees neither the page nor its lists; a record that is no report has no page.
		WebClient otherUnit = new WebClient(port).login("zhiduiDrafter");
		assertThat(otherUnit.get(page).statusCode()).as("another unit's record").isEqualTo(404);
		assertThat(otherUnit.get(page + "/applications?row=received").statusCode()).isEqualTo(404);
		HttpResponse<String> notAReport = otherUnit.get("/records/" + enforcementRecord + "/annual-report");
		assertThat(notAReport.statusCode()).isEqualTo(404);
		assertThat(notAReport.body()).contains("该记录不是政府信息公开工作年度报告");

		// A good report is saved and shown as saved.
		HttpResponse<String> saved = drafter.postForm(page, csrf, validFields(OVERVIEW));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(reports.current(recordId)).hasValueSatisfying(report -> {
			assertThat(report.overview()).isEqualTo(OVERVIEW);
			assertThat(report.savedBy()).isEqualTo("officeDrafter");
			assertThat(report.active().get(ActiveRow.PENALTY).get(ActiveRow.ActiveColumn.DECISIONS)).isEqualByComparingTo("1");
			assertThat(report.active().get(ActiveRow.LICENSING).get(ActiveRow.ActiveColumn.DECISIONS)).isEqualByComparingTo("7");
			assertThat(report.remedies().get(RemedyRow.RECONSIDERATION).get(RemedyRow.RemedyColumn.TOTAL)).isEqualTo(3);
			assertThat(report.applications()).isEqualTo(counted);
		});
		Document savedPage = Jsoup.parse(drafter.get(page).body());
		assertThat(savedPage.text()).contains("2044年度报告已保存").contains("最近保存：赵明远 于 2045-01-05 09:00");
		assertThat(value(savedPage, "ACTIVE.NORMATIVE_DOCUMENTS.IN_FORCE")).as("a count without decimals").isEqualTo("37");
		assertThat(value(savedPage, "ACTIVE.FEES.AMOUNT")).isEqualTo("12.50");
		assertThat(savedPage.selectFirst("textarea#overview").text()).isEqualTo(OVERVIEW);

		// Submitted, reviewed and published: the page can no longer change the report.
		Map<String, Object> draft = new HashMap<>(Staff.draft("2044年度政府信息公开工作年度报告", false, false));
		draft.put("section", AnnualReports.SECTION);
		desk.complete(pi, ObligationProcess.TASK_EDIT_DRAFT, "officeDrafter", draft);
		desk.approveAndPublish(pi, "office");
		long savedId = reports.current(recordId).orElseThrow().id();
		HttpResponse<String> late = drafter.postForm(page, csrf, validFields("公开以后再改"));
		assertThat(late.statusCode()).isEqualTo(403);
		assertThat(late.body()).contains("年度报告不能再修改，未保存");
		assertThat(reports.current(recordId).orElseThrow().id()).isEqualTo(savedId);

		// The column: the record links the report, which shows the published figures, escaped, without staff lists.
		long versionId = published.latestVersionId(recordId).orElseThrow();
		WebClient citizen = new WebClient(port);
		String reportPage = "/column/records/" + versionId + "/annual-report";
		assertThat(citizen.get("/column/records/" + versionId).body()).contains("href=\"" + reportPage + "\"")
			.contains("href=\"" + reportPage + ".json\"");
		HttpResponse<String> shown = citizen.get(reportPage);
		assertThat(shown.statusCode()).isEqualTo(200);
		Document report = Jsoup.parse(shown.body());
		assertThat(report.select("h1").text()).isEqualTo(bureau.name() + "2044年政府信息公开工作年度报告");
		assertThat(report.select("h2").eachText()).containsExactly("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
				"四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
		assertThat(report.selectFirst("section[aria-labelledby=part-one] .body").text()).isEqualTo(OVERVIEW);
		assertThat(shown.body()).doesNotContain("<script>alert").contains("&lt;script&gt;alert");
		Element publicApplications = report.selectFirst("table.applications-table");
		assertThat(publicApplications.selectFirst("tbody tr").select("td").get(0).text())
			.isEqualTo(String.valueOf(counted.received().get(ApplicantKind.NATURAL_PERSON)));
		assertThat(publicApplications.select("tbody tr").last().select("td").last().text())
			.isEqualTo(String.valueOf(counted.carriedForward().values().stream().mapToInt(Integer::intValue).sum()));
		assertThat(report.select("table.active-table td").eachText()).contains("37", "7", "12.50", "1");
		assertThat(report.select("table.remedies-table tbody td").eachText()).hasSize(15).startsWith("1", "1", "0", "1", "3");
		assertThat(shown.body()).as("no staff data on the column").doesNotContain(letter.trackingNo())
			.doesNotContain("/applications?").doesNotContain("href=\"/records/");
		assertThat(citizen.get(reportPage).headers().firstValue("X-Gongkai-Cache")).as("kept by the column's cache")
			.hasValue("hit");

		assertThat(PageRules.problems(reportPage, Jsoup.parse(citizen.get(reportPage).body())))
			.as("the public report page follows the column's accessibility rules").isEmpty();
		HttpResponse<String> download = citizen.get(reportPage + ".json");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"annual-report-2044.json\"");
		JsonNode data = json.readTree(download.body());
		assertThat(data.path("year").asInt()).isEqualTo(2044);
		// The city's site reads the same report through the column's API, as its OpenAPI description says.
		JsonNode openApi = json.readTree(citizen.get("/api/column/openapi.json").body());
		JsonNode apiRecord = json.readTree(citizen.get("/api/column/records/" + versionId).body());
		OpenApiSchemas.assertValid(openApi, "Record", apiRecord);
		assertThat(apiRecord.path("annualReport")).isEqualTo(data);
		assertThat(data.path("overview").asText()).isEqualTo(OVERVIEW);
		assertThat(data.path("problems").asText()).isEqualTo("个别单位更新不及时，已通报并整改。");
		assertThat(data.path("otherMatters").asText()).isEqualTo("无。");
		JsonNode licensing = row(data.path("active"), "LICENSING");
		assertThat(licensing.path("label").asText()).isEqualTo("行政许可");
		assertThat(licensing.path("article").asText()).isEqualTo("第二十条第（五）项");
		assertThat(licensing.path("figures").path("DECISIONS").asInt()).isEqualTo(7);
		assertThat(row(data.path("active"), "PENALTY").path("computed").asBoolean()).isTrue();
		assertThat(row(data.path("active"), "PENALTY").path("figures").path("DECISIONS").asInt()).isEqualTo(1);
		assertThat(row(data.path("active"), "FEES").path("figures").path("AMOUNT").decimalValue()).isEqualByComparingTo("12.5");
		assertThat(data.path("active").path("columns").findValuesAsText("label")).contains("本年制发件数", "本年收费金额（单位：万元）");
		JsonNode receivedRow = row(data.path("applications"), "RECEIVED");
		assertThat(receivedRow.path("label").asText()).isEqualTo("一、本年新收政府信息公开申请数量");
		assertThat(receivedRow.path("figures").path("NATURAL_PERSON").asInt())
			.isEqualTo(counted.received().get(ApplicantKind.NATURAL_PERSON));
		assertThat(row(data.path("applications"), "WITHHELD_STATE_SECRET").path("label").asText())
			.isEqualTo("三、本年度办理结果（三）不予公开　1.属于国家秘密");
		assertThat(data.path("applications").path("rows")).hasSize(2 + OutcomeRow.values().length + 2);
		assertThat(data.path("applications").path("columns").findValuesAsText("key")).containsExactly("NATURAL_PERSON",
				"COMMERCIAL", "RESEARCH", "PUBLIC_INTEREST", "LEGAL_SERVICE", "OTHER_ORGANIZATION", "TOTAL");
		assertThat(row(data.path("remedies"), "RECONSIDERATION").path("figures").path("TOTAL").asInt()).isEqualTo(3);
		assertThat(row(data.path("remedies"), "LITIGATION_DIRECT").path("label").asText()).isEqualTo("行政诉讼：未经复议直接起诉");
		assertThat(download.body()).doesNotContain(letter.trackingNo());

		// A version without a report, and no version at all.
		assertThat(citizen.get("/column/records/" + enforcementVersion).body())
			.doesNotContain("/column/records/" + enforcementVersion + "/annual-report").doesNotContain("年度报告全文");
		for (String missing : List.of("/column/records/" + enforcementVersion + "/annual-report",
				"/column/records/987654321/annual-report")) {
			HttpResponse<String> answer = citizen.get(missing, "Accept", "text/html");
			assertThat(answer.statusCode()).as(missing).isEqualTo(404);
			assertThat(answer.body()).as(missing).contains("页面不存在");
		}
		assertThat(citizen.get("/column/records/" + enforcementVersion + "/annual-report.json", "Accept", "application/json")
			.statusCode()).isEqualTo(404);
		assertThat(citizen.get("/column/records/abc/annual-report").statusCode()).isEqualTo(400);

		// The next year's page shows what this report carried forward, which its carried-over row must equal.
		Desk.clockAt("2046-01-05T09:00:00+08:00");
		String next = "/records/" + recordOf(annualObligation(2046)) + "/annual-report";
		assertThat(drafter.get(next).body()).contains("已公开的2044年度报告“四、结转下年度继续办理”")
			.contains("2044年度结转下年度继续办理");
	}

	private static String value(Document page, String name) {
		return page.selectFirst("input[name=" + name + "]").attr("value");
	}

	private static JsonNode row(JsonNode table, String key) {
		for (JsonNode row : table.path("rows")) {
			if (row.path("key").asText().equals(key)) {
				return row;
			}
		}
		throw new AssertionError("No row " + key + " in " + table);
	}

	/** A whole report as the form posts it: table two's counts 0 but two, money 12.5, one line of table four. */
	private static Map<String, String> validFields(String overview) {
		Map<String, String> fields = new HashMap<>();
		for (ActiveRow row : ActiveRow.values()) {
			if (row != ActiveRow.PENALTY) {
				for (ActiveRow.ActiveColumn column : row.columns()) {
					fields.put(AnnualReportForm.activeCell(row, column), column.money() ? "12.5" : "0");
				}
			}
		}
		fields.put(AnnualReportForm.activeCell(ActiveRow.NORMATIVE_DOCUMENTS, ActiveRow.ActiveColumn.IN_FORCE), "37");
		fields.put(AnnualReportForm.activeCell(ActiveRow.LICENSING, ActiveRow.ActiveColumn.DECISIONS), "7");
		int[][] remedies = { { 1, 1, 0, 1, 3 }, { 0, 0, 0, 0, 0 }, { 0, 0, 0, 0, 0 } };
		for (RemedyRow row : RemedyRow.values()) {
			for (RemedyRow.RemedyColumn column : RemedyRow.RemedyColumn.values()) {
				fields.put(AnnualReportForm.remedyCell(row, column), String.valueOf(remedies[row.ordinal()][column.ordinal()]));
			}
		}
		fields.put("overview", overview);
		fields.put("problems", "个别单位更新不及时，已通报并整改。");
		fields.put("otherMatters", "");
		return fields;
	}

	private static ApplicationForm letterForm() {
		return new ApplicationForm("NATURAL_PERSON", "申请人司马年报", "410105199001015678", null, "0371-66112233",
				"sima@example.cn", null, "本市2044年重点排污单位名录", "ELECTRONIC", "EMAIL", null);
	}

	private ProcessInstance annualObligation(int openedYear) {
		return scheduled.open(AnnualReports.TYPE_KEY, "office", String.valueOf(openedYear), LocalDate.of(openedYear, 1, 31));
	}

	private long recordOf(ProcessInstance pi) {
		return obligations.ofProcess(AnnualReports.TYPE_KEY, pi.getId()).orElseThrow().recordId();
	}

}
