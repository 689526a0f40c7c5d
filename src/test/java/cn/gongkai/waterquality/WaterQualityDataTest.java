package cn.gongkai.waterquality;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import cn.gongkai.column.OpenApiSchemas;
import cn.gongkai.datatable.DataRefusedException;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.PublishedRecords;
import cn.gongkai.support.Desk;
import cn.gongkai.support.ProcessTest;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.support.Staff;
import cn.gongkai.support.WebClient;
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
 * A water-quality and a drinking-water record's tables from the drafter's upload to the column (docs/design.md §8): a
 * table with problems stores nothing and says where they are; reviewers see the classes and verdicts; the column shows
 * the table with a chart and offers it as CSV and JSON; a record publishes the table of the section it is filed under.
 */
@ProcessTest
class WaterQualityDataTest extends RunningApplication {

	static final String SURFACE = "断面,月份,pH,溶解氧(mg/L),高锰酸盐指数(mg/L),化学需氧量(mg/L),五日生化需氧量(mg/L),氨氮(mg/L),总磷(mg/L)\n";

	static final String DRINKING = "水源地,月份,pH,溶解氧(mg/L),氨氮(mg/L),总磷(mg/L),锰(mg/L),三氯甲烷(mg/L)\n";

	@Autowired
	WaterQualityData waterData;

	@Autowired
	PublishedRecords published;

	@Autowired
	Desk desk;

	@Autowired
	ObjectMapper json;

	@Test
	void aSurfaceWaterTableGoesFromUploadThroughReviewToTheColumn() throws Exception {
		Desk.clockAt("2026-12-10T09:00:00+08:00");
		ProcessInstance pi = scheduled.open("env-quality", "jiance", "2026-12-1/" + UUID.randomUUID(), LocalDate.of(2026, 12, 15));
		long recordId = desk.recordOf(pi);
		String page = "/records/" + recordId + "/water";
		WebClient drafter = new WebClient(port).login("jianceDrafter");
		assertThat(drafter.get(page).body()).as("a record that may go to either water section asks which table")
			.contains("数据表种类")
			.contains("请先选择上方的数据表种类");
		String csrf = drafter.csrfOf(page + "?kind=SURFACE");

		HttpResponse<String> refused = drafter.postForm(page, csrf, Map.of("kind", "SURFACE", "cells", SURFACE
				+ "花园口\t2026-11\t8.1\t8.2\t2.9\t12\t2.1\t0.21\t0.08\n".replace('\t', ',')
				+ "中牟陈桥,2026-10,7.6,5.4,5.8,24,4.5,1.62,0.28\n" + "中牟陈桥,2026-11,7.6,5.4,5.8,24,30,1.62,0.28\n"));
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(drafter.get(page + "?kind=SURFACE").body()).contains("数据未保存")
			.contains("第 3 行“月份”列：2026-10 不在本期可填报的月份（2026-11 至 2026-12）之内")
			.contains("第 4 行“五日生化需氧量”列：五日生化需氧量（30）大于化学需氧量（24），请核对");
		assertThat(waterData.current(recordId)).as("nothing of a refused table is stored").isEmpty();
		assertThat(new WebClient(port).login("zhiduiDrafter").get(page).statusCode()).as("another unit's record")
			.isEqualTo(404);

		String template = new String(drafter.getBytes(page + "/template.csv?kind=SURFACE").body(), StandardCharsets.UTF_8);
		assertThat(template).startsWith("\uFEFF断面,月份,pH(无量纲),溶解氧(mg/L)")
			.contains("花园口,2026-11,")
			.contains("尖岗水库,2026-12,");

		drafter.upload(page, csrf, "11月断面.csv", (SURFACE + "花园口,2026-11,8.1,8.2,2.9,12,2.1,0.21,0.08\n"
				+ "中牟陈桥,2026-11,7.6,5.4,5.8,24,4.5,1.62,0.28\n").getBytes(StandardCharsets.UTF_8));
		assertThat(waterData.current(recordId)).as("a form without the page's kind stores nothing").isEmpty();
		assertThat(drafter.get(page).body()).contains("请先选择数据表的种类");
		drafter.postForm(page, csrf, Map.of("kind", "SURFACE", "cells", SURFACE
				+ "花园口,2026-11,8.1,8.2,2.9,12,2.1,0.21,0.08\n" + "中牟陈桥,2026-11,7.6,5.4,5.8,24,4.5,1.62,0.28\n"));
		assertThat(waterData.upload(recordId, WaterKind.SURFACE, "断面\u0000数据.csv", (SURFACE
				+ "花园口,2026-11,8.1,8.2,2.9,12,2.1,0.21,0.08\n").getBytes(StandardCharsets.UTF_8), "jianceDrafter").fileName())
			.as("a file name with NUL is stored printable, not a 500")
			.isEqualTo("断面数据.csv");
		drafter.postForm(page, csrf, Map.of("kind", "SURFACE", "cells", SURFACE
				+ "花园口,2026-11,8.1,8.2,2.9,12,2.1,0.21,0.08\n" + "中牟陈桥,2026-11,7.6,5.4,5.8,24,4.5,1.62,0.28\n"));
		WaterDataSet set = waterData.current(recordId).orElseThrow();
		assertThat(set.kind()).isEqualTo(WaterKind.SURFACE);
		assertThat(set.months()).hasSize(2);
		assertThat(drafter.get(page + "?kind=SURFACE").body()).contains("数据已保存：2 条断面月度数据")
			.contains("本记录目前的发布栏目不是“水环境质量”")
			.contains("<svg");

		Map<String, Object> draft = new HashMap<>(Staff.draft("2026年11月地表水环境质量", false, false));
		draft.put("section", "water-quality");
		desk.complete(pi, ObligationProcess.TASK_EDIT_DRAFT, "jianceDrafter", draft);
		Task review = desk.task(desk.reviewChain(pi), ReviewChainProcess.TASK_UNIT_HEAD_REVIEW);
		assertThat((String) engine.getFormService().getTaskFormVariables(review.getId()).get(ReviewChainProcess.VIEW_DATA))
			.contains("2 个断面、1 个月")
			.contains("Ⅰ～Ⅲ类比例 50.0%")
			.contains("达标率 2026-11 50.0%")
			.contains("中牟陈桥 2026-11 氨氮（0.08）")
			.as("the whole table, each site-month with its class and each item's")
			.contains("2026-11 中牟陈桥（贾鲁河）：Ⅴ类，目标Ⅳ类，不达标（氨氮（0.08））；pH 7.6 Ⅰ类、溶解氧 5.4 Ⅲ类")
			.contains("2026-11 花园口（黄河）：Ⅱ类，目标Ⅱ类，达标；");
		desk.approveAndPublish(pi, "jiance");

		long version = published.latestVersionId(recordId).orElseThrow();
		WebClient citizen = new WebClient(port);
		assertThat(citizen.get("/column/records/" + version).body()).contains("水环境质量数据")
			.contains("Ⅱ类")
			.contains("不达标")
			.contains("role=\"img\"");
		String csv = new String(citizen.getBytes("/column/records/" + version + "/water.csv").body(), StandardCharsets.UTF_8);
		assertThat(csv).contains("中牟陈桥,2026-11,7.6,5.4,5.8,24,4.5,1.62,0.28,贾鲁河,Ⅴ类,Ⅳ类,不达标,氨氮（0.08）\r\n")
			.contains("花园口,2026-11,8.1,8.2,2.9,12,2.1,0.21,0.08,黄河,Ⅱ类,Ⅱ类,达标,\r\n");
		JsonNode openApi = json.readTree(citizen.get("/api/column/openapi.json").body());
		JsonNode record = json.readTree(citizen.get("/api/column/records/" + version).body());
		OpenApiSchemas.assertValid(openApi, "Record", record);
		JsonNode water = record.path("waterQuality");
		assertThat(water.path("kind").asText()).isEqualTo("surface");
		assertThat(water.path("months").get(1).path("waterClass").asText()).isEqualTo("Ⅴ类");
		assertThat(water.path("months").get(1).path("meetsTarget").asBoolean()).isFalse();
		assertThat(record.path("airQuality").isNull()).isTrue();
		JsonNode download = json.readTree(citizen.get("/column/records/" + version + "/water.json").body());
		OpenApiSchemas.assertValid(openApi, "WaterQuality", download);
		JsonNode ammonia = download.path("months").get(1).path("values").findParents("item").stream()
			.filter(v -> v.path("item").asText().equals("NH3-N"))
			.findFirst()
			.orElseThrow();
		assertThat(ammonia.path("multiple").decimalValue()).isEqualByComparingTo("0.08");
		assertThat(ammonia.path("waterClass").asText()).isEqualTo("Ⅴ类");
	}

	@Test
	void aDrinkingWaterRecordPublishesItsSourcesAndNotATableOfAnotherSection() throws Exception {
		Desk.clockAt("2026-12-20T09:00:00+08:00");
		ProcessInstance pi = scheduled.open("env-quality", "jiance", "2026-12-2/" + UUID.randomUUID(), LocalDate.of(2026, 12, 31));
		long recordId = desk.recordOf(pi);
		assertThatThrownBy(() -> waterData.upload(recordId, null, "x.csv", DRINKING.getBytes(StandardCharsets.UTF_8), "jianceDrafter"))
			.as("the kind must be chosen while the record may go to either section")
			.hasMessageContaining("请先选择数据表的种类");
		assertThatThrownBy(() -> waterData.upload(recordId, WaterKind.DRINKING, "x.csv",
				(DRINKING + "花园口,2026-11,8,8,0.2,0.04,,\n").getBytes(StandardCharsets.UTF_8), "jianceDrafter"))
			.isInstanceOf(DataRefusedException.class)
			.hasMessageContaining("未知的水源地“花园口”");
		waterData.upload(recordId, WaterKind.DRINKING, "水源地.csv", (DRINKING
				+ "黄河花园口水源地,2026-11,8.0,8.5,0.12,0.05,0.02,\n" + "尖岗水库水源地,2026-11,7.9,7.1,0.3,0.04,0.15,0.01\n"
				+ "常庄水库水源地,2026-11,,,,,0.05,0.01\n" + "黄河花园口水源地,2026-12,8.1,9.0,0.1,0.04,,\n")
			.getBytes(StandardCharsets.UTF_8), "jianceDrafter");
		assertThat(waterData.current(recordId).orElseThrow().months()).filteredOn(m -> m.siteId().equals("changzhuang-source"))
			.singleElement()
			.satisfies(m -> {
				assertThat(m.assessment().siteClass()).as("only supplementary and specific items: no class").isNull();
				assertThat(m.assessment().meets()).isTrue();
			});

		Map<String, Object> draft = new HashMap<>(Staff.draft("2026年11月饮用水源地水质", false, false));
		draft.put("section", "drinking-water");
		desk.complete(pi, ObligationProcess.TASK_EDIT_DRAFT, "jianceDrafter", draft);
		desk.approveAndPublish(pi, "jiance");
		long version = published.latestVersionId(recordId).orElseThrow();
		WebClient citizen = new WebClient(port);
		JsonNode openApi = json.readTree(citizen.get("/api/column/openapi.json").body());
		JsonNode water = json.readTree(citizen.get("/api/column/records/" + version).body()).path("waterQuality");
		OpenApiSchemas.assertValid(openApi, "WaterQuality", water);
		assertThat(water.path("kind").asText()).isEqualTo("drinking");
		assertThat(water.path("firstMonth").asText() + " " + water.path("lastMonth").asText()).isEqualTo("2026-11 2026-12");
		// November: 花园口 and 常庄 meet their targets; 尖岗 exceeds on manganese (0.15 against 0.1) → 66.7%; December:
		// one source, met.
		assertThat(water.path("shareMeeting").toString()).isEqualTo(
				"[{\"month\":\"2026-11\",\"percent\":66.7},{\"month\":\"2026-12\",\"percent\":100.0}]");
		assertThat(water.path("months").findValues("waterClass").stream().anyMatch(JsonNode::isNull))
			.as("a source with no table 1 item has no class in the API").isTrue();
		assertThat(citizen.get("/column/records/" + version).body()).contains("饮用水源地水质数据")
			.contains("锰（0.50）");

		// A second record filed under 空气质量 with a water table publishes no table.
		ProcessInstance other = scheduled.open("env-quality", "jiance", "2026-12-2/" + UUID.randomUUID(), LocalDate.of(2026, 12, 31));
		long otherId = desk.recordOf(other);
		waterData.upload(otherId, WaterKind.SURFACE, "断面.csv",
				(SURFACE + "花园口,2026-12,8.1,8.2,2.9,12,2.1,0.21,0.08\n").getBytes(StandardCharsets.UTF_8), "jianceDrafter");
		desk.draft(other, ObligationProcess.TASK_EDIT_DRAFT, "jiance", "2026年12月下半月空气质量（附错表）");
		desk.approveAndPublish(other, "jiance");
		long otherVersion = published.latestVersionId(otherId).orElseThrow();
		assertThat(json.readTree(citizen.get("/api/column/records/" + otherVersion).body()).path("waterQuality").isNull())
			.isTrue();
		assertThat(citizen.get("/column/records/" + otherVersion + "/water.json").statusCode()).isEqualTo(404);
	}

	/** Administrators add sections and sources, change targets and retire them; only they may. */
	@Test
	void administratorsKeepTheSitesAndTheirTargets() {
		Desk.clockAt("2026-12-10T09:00:00+08:00");
		String code = "w" + UUID.randomUUID().toString().substring(0, 8);
		String name = "测试断面" + code;
		WebClient admin = new WebClient(port).login("admin");
		String csrf = admin.csrfOf("/workspace/water-sites");
		assertThat(admin.postForm("/workspace/water-sites", csrf,
				Map.of("kind", "SURFACE", "id", code, "name", name, "water", "索须河", "target", "IV")).statusCode())
			.isEqualTo(302);
		assertThat(waterData.sites(WaterKind.SURFACE)).extracting(WaterSite::name).contains(name);
		admin.postForm("/workspace/water-sites", csrf,
				Map.of("kind", "SURFACE", "id", code + "x", "name", name, "water", "索须河", "target", "WORSE_THAN_V"));
		assertThat(admin.get("/workspace/water-sites").body()).contains("请选择水质目标（Ⅰ类至Ⅴ类）");
		assertThat(new WebClient(port).login("jianceDrafter").get("/workspace/water-sites").statusCode()).isEqualTo(403);

		ProcessInstance pi = scheduled.open("env-quality", "jiance", "2026-12-1/" + UUID.randomUUID(), LocalDate.of(2026, 12, 15));
		long recordId = desk.recordOf(pi);
		String table = SURFACE + name + ",2026-11,7.5,5.5,5,20,4,1.2,0.25\n";
		assertThat(waterData.upload(recordId, WaterKind.SURFACE, "新断面.csv", table.getBytes(StandardCharsets.UTF_8),
				"jianceDrafter").meeting()).as("Ⅳ against its target Ⅳ").isEqualTo(1);
		admin.postForm("/workspace/water-sites/" + code + "/target", csrf, Map.of("target", "III"));
		assertThat(waterData.current(recordId).orElseThrow().months().get(0).assessment().target())
			.as("a table entered keeps the target it was judged by")
			.isEqualTo(WaterClass.IV);
		assertThat(waterData.upload(recordId, WaterKind.SURFACE, "新目标.csv", table.getBytes(StandardCharsets.UTF_8),
				"jianceDrafter").meeting()).as("Ⅳ against the new target Ⅲ").isZero();
		Element retire = admin.formPostingTo("/workspace/water-sites", "/workspace/water-sites/" + code + "/active");
		assertThat(retire.attr("data-confirm")).as("retiring asks first").isEqualTo("确定停用“" + name + "”吗？停用后各单位不能再填报。");
		assertThat(retire.selectFirst("input[name=active]").val()).isEqualTo("false");
		assertThat(retire.selectFirst("button").text()).isEqualTo("停用");
		admin.postForm("/workspace/water-sites/" + code + "/active", csrf, Map.of("active", "false"));
		Element restore = admin.formPostingTo("/workspace/water-sites", "/workspace/water-sites/" + code + "/active");
		assertThat(restore.hasAttr("data-confirm")).as("bringing back does not ask").isFalse();
		assertThat(restore.selectFirst("input[name=active]").val()).isEqualTo("true");
		assertThat(restore.selectFirst("button").text()).isEqualTo("恢复使用");
		assertThat(restore.selectFirst("input[name=_csrf]")).as("the form carries its CSRF token").isNotNull();
		assertThatThrownBy(() -> waterData.upload(recordId, WaterKind.SURFACE, "停用后.csv",
				table.getBytes(StandardCharsets.UTF_8), "jianceDrafter"))
			.isInstanceOf(DataRefusedException.class)
			.hasMessageContaining("未知的断面“" + name + "”");
	}

	@Test
	void aRecordOfAnotherTypeHasNoWaterTable() {
		Desk.clockAt("2026-12-10T09:00:00+08:00");
		long recordId = desk.recordOf(scheduled.open("radiation", "fushe"));
		WebClient drafter = new WebClient(port).login("fusheDrafter");
		assertThat(drafter.get("/records/" + recordId + "/water").statusCode()).isEqualTo(404);
		assertThat(drafter.get("/column/records/987654321/water.json").statusCode()).isEqualTo(404);
	}

}
