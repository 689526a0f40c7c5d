package cn.gongkai.airquality;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.gongkai.column.OpenApiSchemas;
import cn.gongkai.datatable.DataRefusedException;
import cn.gongkai.process.change.RecordChangeProcess;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.ChangeKind;
import cn.gongkai.record.PublishedRecords;
import cn.gongkai.support.Desk;
import cn.gongkai.support.ProcessTest;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.support.Staff;
import cn.gongkai.support.WebClient;
import cn.gongkai.workspace.ChangeRequests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An air-quality record's table from the drafter's upload to the column (docs/design.md §8): a table with problems
 * stores nothing and says where they are; reviewers see the summary; the column shows, and offers for download,
 * the table of the version it shows, also while a correction is in review.
 */
@ProcessTest
class AirQualityDataTest extends RunningApplication {

	static final String HEADER = "监测点位,日期,PM2.5(μg/m³),PM10(μg/m³),SO2(μg/m³),NO2(μg/m³),CO(mg/m³),O3_8h(μg/m³)\n";

	@Autowired
	AirQualityData airData;

	@Autowired
	PublishedRecords published;

	@Autowired
	ChangeRequests changes;

	@Autowired
	Desk desk;

	@Autowired
	ObjectMapper json;

	@Test
	void theDrafterEntersTheTableReviewersSeeItAndTheColumnPublishesIt() throws Exception {
		Desk.clockAt("2026-12-10T09:00:00+08:00");
		ProcessInstance pi = scheduled.open("env-quality", "jiance", "2026-12-1/" + UUID.randomUUID(), LocalDate.of(2026, 12, 15));
		long recordId = desk.recordOf(pi);
		String page = "/records/" + recordId + "/air";
		WebClient drafter = new WebClient(port).login("jianceDrafter");
		String csrf = drafter.csrfOf(page);

		HttpResponse<String> refused = drafter.upload(page, csrf, "数据.csv", (HEADER
				+ "银行学校,2026-12-01,120,180,10,50,1.0,60\n" + "市监测站,2026-12-01,90,80,10,50,1.0,60\n"
				+ "市监测站,2026-12-11,20,45,8,30,0.6,90\n").getBytes(StandardCharsets.UTF_8));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(drafter.get(page).body()).contains("数据未保存")
			.contains("第 3 行“PM2.5”列：PM2.5（90）大于 PM10（80）")
			.contains("第 4 行“日期”列：2026-12-11 不在本期（2026-12-01 至 2026-12-10）之内");
		assertThat(airData.current(recordId)).as("nothing of a refused table is stored").isEmpty();
		assertThat(new WebClient(port).login("zhiduiDrafter").get(page).statusCode()).as("another unit's record")
			.isEqualTo(404);

		HttpResponse<byte[]> template = drafter.getBytes(page + "/template.csv");
		String templateText = new String(template.body(), StandardCharsets.UTF_8);
		assertThat(templateText).startsWith("\uFEFF监测点位,日期,PM2.5(μg/m³)")
			.contains("银行学校,2026-12-01,,")
			.contains("岗李水库,2026-12-10,,")
			.doesNotContain("2026-12-11");
		assertThat(templateText.lines().count()).as("header, every station in use by ten days")
			.isEqualTo(1 + airData.stations().size() * 10L);

		drafter.upload(page, csrf, "12月上半月.csv", (HEADER + "银行学校,2026-12-01,120,180,10,50,1.0,60\n"
				+ "市监测站,2026-12-01,20,45,8,30,0.6,90\n").getBytes(StandardCharsets.UTF_8));
		assertThat(airData.current(recordId)).hasValueSatisfying(set -> assertThat(set.days()).hasSize(2));
		assertThat(drafter.get(page).body()).contains("数据已保存：2 个点位日").contains("四级 中度污染").contains("<svg");

		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, "jiance", "2026年12月上半月空气质量");
		Task review = desk.task(desk.reviewChain(pi), ReviewChainProcess.TASK_UNIT_HEAD_REVIEW);
		assertThat((String) engine.getFormService().getTaskFormVariables(review.getId()).get(ReviewChainProcess.VIEW_DATA))
			.contains("2 个点位日")
			.contains("最高 AQI 158（中度污染，2026-12-01，首要污染物 PM2.5）")
			.as("the whole table, each station-day with its level")
			.contains("2026-12-01 银行学校：AQI 158 四级 中度污染，首要污染物 PM2.5；120、180、10、50、1、60、—")
			.contains("2026-12-01 市监测站：AQI 45 一级 优，首要污染物 —；");
		desk.approveAndPublish(pi, "jiance");
		assertThat(drafter.upload(page, csrf, "晚了.csv", HEADER.getBytes(StandardCharsets.UTF_8)).statusCode())
			.as("a published record's table is not changed in place")
			.isEqualTo(403);

		long first = published.latestVersionId(recordId).orElseThrow();
		WebClient citizen = new WebClient(port);
		assertThat(citizen.get("/column/records/" + first).body()).contains("空气质量数据")
			.contains("四级 中度污染")
			.contains("一级 优")
			.contains("role=\"img\"");
		String csv = new String(citizen.getBytes("/column/records/" + first + "/air.csv").body(), StandardCharsets.UTF_8);
		assertThat(csv).contains("银行学校,2026-12-01,120,180,10,50,1,60,,158,四级,中度污染,PM2.5\r\n")
			.contains("市监测站,2026-12-01,20,45,8,30,0.6,90,,45,一级,优,—\r\n");
		JsonNode openApi = json.readTree(citizen.get("/api/column/openapi.json").body());
		JsonNode record = json.readTree(citizen.get("/api/column/records/" + first).body());
		OpenApiSchemas.assertValid(openApi, "Record", record);
		assertThat(record.path("airQuality").path("days").get(0).path("aqi").asInt()).isEqualTo(158);
		assertThat(record.path("airQuality").path("days").get(0).path("co").decimalValue()).isEqualByComparingTo("1");
		JsonNode download = json.readTree(citizen.get("/column/records/" + first + "/air.json").body());
		OpenApiSchemas.assertValid(openApi, "AirQuality", download);
		assertThat(download.path("days")).hasSize(2);

		changes.request(recordId, ChangeKind.CORRECTION, "银行学校 PM10 录入有误", "jianceDrafter");
		ProcessInstance correction = desk.change(recordId);
		drafter.upload(page, csrf, "更正.csv", (HEADER + "银行学校,2026-12-01,120,250,10,50,1.0,60\n"
				+ "市监测站,2026-12-01,20,45,8,30,0.6,90\n").getBytes(StandardCharsets.UTF_8));
		assertThat(citizen.get("/column/records/" + first + "/air.csv").body())
			.as("the column keeps the published table while the correction is drafted and reviewed")
			.contains("银行学校,2026-12-01,120,180,");
		Map<String, Object> corrected = new HashMap<>(Staff.draft("2026年12月上半月空气质量", false, false));
		desk.complete(correction, RecordChangeProcess.TASK_EDIT_CORRECTION, "jianceDrafter", corrected);
		desk.approveAndPublish(correction, "jiance");
		long second = published.latestVersionId(recordId).orElseThrow();
		assertThat(second).isNotEqualTo(first);
		assertThat(citizen.get("/column/records/" + second + "/air.csv").body()).contains("银行学校,2026-12-01,120,250,");
		assertThat(citizen.get("/column/records/" + first + "/air.csv").body()).as("the corrected version as it was")
			.contains("银行学校,2026-12-01,120,180,");
	}

	/**
	 * A new upload replaces every earlier one; a correction given up leaves the table its published version has, as it
	 * leaves the text.
	 */
	@Test
	void aCorrectionGivenUpPutsThePublishedTableBack() {
		Desk.clockAt("2026-12-10T09:00:00+08:00");
		ProcessInstance pi = scheduled.open("env-quality", "jiance", "2026-12-1/" + UUID.randomUUID(), LocalDate.of(2026, 12, 15));
		long recordId = desk.recordOf(pi);
		airData.upload(recordId, "初稿.csv", (HEADER + "银行学校,2026-12-01,99,180,10,50,1.0,60\n").getBytes(StandardCharsets.UTF_8),
				"jianceDrafter");
		String published = HEADER + "银行学校,2026-12-01,120,180,10,50,1.0,60\n";
		long publishedSet = airData.upload(recordId, "原表.csv", published.getBytes(StandardCharsets.UTF_8), "jianceDrafter").id();
		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, "jiance", "2026年12月上半月空气质量（放弃更正）");
		desk.approveAndPublish(pi, "jiance");

		changes.request(recordId, ChangeKind.CORRECTION, "PM10 有误", "jianceDrafter");
		airData.upload(recordId, "更正表.csv", (HEADER + "银行学校,2026-12-01,120,250,10,50,1.0,60\n").getBytes(StandardCharsets.UTF_8),
				"jianceDrafter");
		assertThat(airData.current(recordId).orElseThrow().id()).isNotEqualTo(publishedSet);
		airData.remove(recordId);
		assertThat(airData.current(recordId)).as("removing the correction's table brings back no earlier one").isEmpty();
		changes.giveUpCorrection(recordId);
		assertThat(airData.current(recordId)).hasValueSatisfying(set -> {
			assertThat(set.id()).isEqualTo(publishedSet);
			assertThat(set.days().get(0).concentration(Pollutant.PM10)).isEqualByComparingTo("180");
		});
	}

	/** Administrators add and retire stations; a retired one is refused in new tables, and only they may do it. */
	@Test
	void administratorsKeepTheStations() {
		Desk.clockAt("2026-12-10T09:00:00+08:00");
		String code = "t" + UUID.randomUUID().toString().substring(0, 8);
		String name = "测试点位" + code;
		WebClient admin = new WebClient(port).login("admin");
		String csrf = admin.csrfOf("/workspace/stations");
		assertThat(admin.postForm("/workspace/stations", csrf, Map.of("id", code, "name", name)).statusCode())
			.isEqualTo(302);
		assertThat(airData.stations()).extracting(AirStation::name).contains(name);
		admin.postForm("/workspace/stations", csrf, Map.of("id", code + "x", "name", name));
		assertThat(admin.get("/workspace/stations").body()).contains("已有相同代码或名称的点位");
		assertThat(new WebClient(port).login("jianceDrafter").get("/workspace/stations").statusCode()).isEqualTo(403);

		ProcessInstance pi = scheduled.open("env-quality", "jiance", "2026-12-1/" + UUID.randomUUID(), LocalDate.of(2026, 12, 15));
		long recordId = desk.recordOf(pi);
		String table = HEADER + name + ",2026-12-02,20,45,8,30,0.6,90\n";
		assertThat(airData.upload(recordId, "新点位.csv", table.getBytes(StandardCharsets.UTF_8), "jianceDrafter")
			.days()).hasSize(1);
		Element retire = admin.formPostingTo("/workspace/stations", "/workspace/stations/" + code + "/active");
		assertThat(retire.attr("data-confirm")).as("retiring asks first").isEqualTo("确定停用点位“" + name + "”吗？停用后各单位不能再填报该点位。");
		assertThat(retire.selectFirst("input[name=active]").val()).isEqualTo("false");
		assertThat(retire.selectFirst("button").text()).isEqualTo("停用");
		admin.postForm("/workspace/stations/" + code + "/active", csrf, Map.of("active", "false"));
		assertThat(airData.stations()).extracting(AirStation::name).doesNotContain(name);
		Element restore = admin.formPostingTo("/workspace/stations", "/workspace/stations/" + code + "/active");
		assertThat(restore.hasAttr("data-confirm")).as("bringing back does not ask").isFalse();
		assertThat(restore.selectFirst("input[name=active]").val()).isEqualTo("true");
		assertThat(restore.selectFirst("button").text()).isEqualTo("恢复使用");
		assertThat(restore.selectFirst("input[name=_csrf]")).as("the form carries its CSRF token").isNotNull();
		// A name is shown as it was typed, markup and quotes included, and never read as markup.
		String marked = "<b>\"&'点位" + code.substring(1, 5);
		admin.postForm("/workspace/stations", csrf, Map.of("id", code + "m", "name", marked));
		String page = admin.get("/workspace/stations").body();
		assertThat(page).doesNotContain("<b>\"&'点位");
		assertThat(admin.formPostingTo("/workspace/stations", "/workspace/stations/" + code + "m/active").attr("data-confirm"))
			.isEqualTo("确定停用点位“" + marked + "”吗？停用后各单位不能再填报该点位。");
		admin.postForm("/workspace/stations/" + code + "m/active", csrf, Map.of("active", "false"));
		assertThatThrownBy(() -> airData.upload(recordId, "停用后.csv", table.getBytes(StandardCharsets.UTF_8), "jianceDrafter"))
			.isInstanceOf(DataRefusedException.class)
			.hasMessageContaining("未知的监测点位“" + name + "”");
		assertThat(airData.rows(airData.current(recordId).orElseThrow())).extracting(AirDayRow::stationName)
			.as("a table entered before the station was retired keeps its name")
			.containsExactly(name);
	}

	/**
	 * A month of every station's days, each row one of the standard's worked cases (AirQualityIndexTest works them by
	 * hand from HJ 633-2012), published through review: the column's data gives every row the index, category and
	 * primary pollutant the standard gives it.
	 */
	@Test
	void aMonthOfEveryStationIsPublishedWithTheStandardsIndexOnEveryRow() throws Exception {
		Desk.clockAt("2026-12-10T09:00:00+08:00");
		// PM2.5, PM10, SO2, NO2, CO, O3 8-hour, O3 1-hour; AQI, category, primary pollutants
		List<String[]> cases = List.of(new String[] { "20", "45", "8", "30", "0.6", "90", "", "45", "优", "" },
				new String[] { "120", "180", "10", "50", "1.0", "60", "", "158", "中度污染", "PM2.5" },
				new String[] { "75", "150", "10", "20", "0.5", "50", "", "100", "良", "PM2.5,PM10" },
				new String[] { "20", "40", "8", "20", "0.5", "850", "1100", "450", "严重污染", "O3_1h" },
				new String[] { "20", "40", "8", "20", "0.5", "160", "200", "100", "良", "O3_8h" },
				new String[] { "36", "40", "8", "20", "0.5", "50", "", "52", "良", "PM2.5" },
				new String[] { "10", "151", "8", "20", "0.5", "50", "", "101", "轻度污染", "PM10" },
				new String[] { "10", "40", "151", "20", "0.5", "50", "", "101", "轻度污染", "SO2" },
				new String[] { "10", "40", "8", "20", "4.1", "50", "", "101", "轻度污染", "CO" },
				new String[] { "10", "40", "8", "81", "0.5", "50", "", "101", "轻度污染", "NO2" },
				new String[] { "10", "40", "8", "20", "0.5", "161", "", "101", "轻度污染", "O3_8h" });
		ProcessInstance pi = scheduled.open("env-quality", "jiance");
		long recordId = desk.recordOf(pi);
		List<AirStation> stations = airData.stations();
		StringBuilder table = new StringBuilder(HEADER.replace("\n", ",O3_1h(μg/m³)\n"));
		Map<String, String[]> expected = new HashMap<>();
		int row = 0;
		for (LocalDate day = LocalDate.of(2026, 11, 10); !day.isAfter(LocalDate.of(2026, 12, 10)); day = day.plusDays(1)) {
			for (AirStation station : stations) {
				String[] c = cases.get(row++ % cases.size());
				table.append(station.name()).append(',').append(day).append(',')
					.append(String.join(",", Arrays.copyOfRange(c, 0, 7))).append('\n');
				expected.put(station.id() + "|" + day, c);
			}
		}
		assertThat(airData.upload(recordId, "十一月至十二月.csv", table.toString().getBytes(StandardCharsets.UTF_8), "jianceDrafter")
			.days()).hasSize(31 * stations.size());
		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, "jiance", "近一个月空气质量（全部点位）");
		desk.approveAndPublish(pi, "jiance");

		long version = published.latestVersionId(recordId).orElseThrow();
		JsonNode days = json.readTree(new WebClient(port).get("/column/records/" + version + "/air.json").body()).path("days");
		assertThat(days).hasSize(31 * stations.size());
		for (JsonNode published : days) {
			String[] c = expected.get(published.path("station").asText() + "|" + published.path("date").asText());
			String where = published.path("stationName").asText() + " " + published.path("date").asText();
			assertThat(published.path("aqi").asInt()).as(where).isEqualTo(Integer.parseInt(c[7]));
			assertThat(published.path("category").asText()).as(where).isEqualTo(c[8]);
			List<String> primary = new ArrayList<>();
			published.path("primaryPollutants").forEach(p -> primary.add(p.asText()));
			assertThat(String.join(",", primary)).as(where).isEqualTo(c[9]);
		}
	}

	/** A record of no half-month (never published) may report the 31 days up to today. */
	@Test
	void aRecordOfNoHalfMonthReportsTheLastThirtyOneDays() {
		Desk.clockAt("2026-12-10T09:00:00+08:00");
		long recordId = desk.recordOf(scheduled.open("env-quality", "jiance"));
		var page = new WebClient(port).login("jianceDrafter").get("/records/" + recordId + "/air");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("可填报 2026-11-10 至 2026-12-10 的数据");
	}

	@Test
	void aRecordOfAnotherTypeHasNoTable() {
		Desk.clockAt("2026-12-10T09:00:00+08:00");
		ProcessInstance pi = scheduled.open("radiation", "fushe");
		long recordId = desk.recordOf(pi);
		WebClient drafter = new WebClient(port).login("fusheDrafter");
		assertThat(drafter.get("/records/" + recordId + "/air").statusCode()).isEqualTo(404);
		assertThat(drafter.get("/column/records/987654321/air.json").statusCode()).isEqualTo(404);
	}

}
