package cn.gongkai.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.ScheduledObligations;
import cn.gongkai.support.Staff;
import cn.gongkai.support.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Administrators list open obligations by type, unit and due date, each with its explained due time. */
@GongkaiTest
class ObligationApiTest {

	@LocalServerPort
	int port;

	@Autowired
	ScheduledObligations scheduled;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void administratorsFilterOpenObligationsAndReadWhyEachIsDueWhenItIs() throws Exception {
		var early = scheduled.open("radiation", "fushe", LocalDate.of(2030, 1, 15));
		var late = scheduled.open("radiation", "fushe", LocalDate.of(2030, 1, 30));
		scheduled.open("radiation", "weifei", LocalDate.of(2030, 1, 15));
		WebClient admin = new WebClient(port).basic("admin", Staff.PASSWORD);

		JsonNode list = json.readTree(
				admin.get("/api/admin/obligations?type=radiation&unit=fushe&dueBefore=2030-01-15").body());
		JsonNode mine = find(list, early.getId());
		assertThat(mine).isNotNull();
		assertThat(find(list, late.getId())).isNull();
		assertThat(list).allSatisfy(o -> {
			assertThat(o.path("unitId").asText()).isEqualTo("fushe");
			assertThat(o.path("typeKey").asText()).isEqualTo("radiation");
		});
		assertThat(mine.path("unitName").asText()).isEqualTo("辐射处");
		assertThat(mine.path("typeName").asText()).isEqualTo("核与辐射安全、辐射环境质量信息");
		assertThat(mine.path("dueAt").asText()).isEqualTo("2030-01-15T23:59:59+08:00");
		assertThat(mine.path("explanation").asText()).isEqualTo("测试期限：截止 2030-01-15");
		assertThat(mine.path("status").asText()).isEqualTo("OPEN");

		JsonNode one = json.readTree(admin.get("/api/admin/obligations/" + mine.path("id").asLong()).body());
		assertThat(one.path("processInstanceId").asText()).isEqualTo(early.getId());
		assertThat(admin.get("/api/admin/obligations/987654321").statusCode()).isEqualTo(404);

		var unknownUnit = admin.get("/api/admin/obligations?unit=nowhere");
		assertThat(unknownUnit.statusCode()).isEqualTo(400);
		assertThat(json.readTree(unknownUnit.body()).path("error").asText()).isEqualTo("未知的单位：nowhere");
		var malformed = admin.get("/api/admin/obligations?dueBefore=" + java.net.URLEncoder.encode("明天", "UTF-8"));
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(json.readTree(malformed.body()).path("error").asText()).contains("日期应为 YYYY-MM-DD");
		assertThat(new WebClient(port).basic("fusheHead", Staff.PASSWORD).get("/api/admin/obligations").statusCode())
			.isEqualTo(403);
	}

	private static JsonNode find(JsonNode list, String processInstanceId) {
		for (JsonNode o : list) {
			if (processInstanceId.equals(o.path("processInstanceId").asText())) {
				return o;
			}
		}
		return null;
	}

}
