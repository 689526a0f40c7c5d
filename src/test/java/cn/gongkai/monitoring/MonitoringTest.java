package cn.gongkai.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.Staff;
import cn.gongkai.support.WebClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Health for anyone, details and metrics for administrators, figures that are the database's. */
@GongkaiTest
class MonitoringTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void healthIsPublicItsDetailsAreNot() throws Exception {
		var anonymous = new WebClient(port).get("/actuator/health");
		assertThat(anonymous.statusCode()).isEqualTo(200);
		JsonNode health = json.readTree(anonymous.body());
		assertThat(health.path("status").asText()).isEqualTo("UP");
		assertThat(health.path("components").path("processEngine").path("status").asText()).isEqualTo("UP");
		assertThat(health.path("components").path("db").path("status").asText()).isEqualTo("UP");
		assertThat(health.path("components").path("db").has("details")).isFalse();

		JsonNode detailed = json
			.readTree(new WebClient(port).basic("admin", Staff.PASSWORD).get("/actuator/health").body());
		assertThat(detailed.path("components").path("processEngine").path("details").path("name").asText())
			.isEqualTo("default");
		assertThat(detailed.path("components").path("db").path("details").path("database").asText())
			.isEqualTo("PostgreSQL");
	}

	@Test
	void metricsAreForAdministratorsAndCountWhatTheTablesHold() {
		assertThat(new WebClient(port).get("/actuator/prometheus").statusCode()).isEqualTo(401);
		assertThat(new WebClient(port).basic("jianceDrafter", Staff.PASSWORD).get("/actuator/prometheus").statusCode())
			.isEqualTo(403);
		assertThat(new WebClient(port).basic("admin", Staff.PASSWORD).get("/actuator/metrics").statusCode())
			.isEqualTo(200);

		long publishedBefore = count("SELECT COUNT(*) FROM gk_column_entry");
		long breachesBefore = count("SELECT COUNT(*) FROM gk_breach");
		var scrape = new WebClient(port).basic("admin", Staff.PASSWORD).get("/actuator/prometheus");
		long publishedAfter = count("SELECT COUNT(*) FROM gk_column_entry");
		long breachesAfter = count("SELECT COUNT(*) FROM gk_breach");
		assertThat(scrape.statusCode()).isEqualTo(200);
		String text = scrape.body();
		assertThat(value(text, "gongkai_records_published")).isBetween((double) publishedBefore, (double) publishedAfter);
		assertThat(value(text, "gongkai_breaches")).isBetween((double) breachesBefore, (double) breachesAfter);
		for (String metric : new String[] { "gongkai_obligations_open", "gongkai_obligations_overdue",
				"gongkai_emails\\{status=\"sent\"}", "gongkai_emails\\{status=\"failed\"}", "gongkai_engine_incidents",
				"gongkai_engine_jobs_failed", "gongkai_engine_jobs_backlog" }) {
			assertThat(value(text, metric)).as(metric).isGreaterThanOrEqualTo(0);
		}
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static double value(String prometheus, String metric) {
		Matcher m = Pattern.compile("(?m)^" + metric + "(?:\\{[^}]*})? ([0-9.Ee+-]+)$").matcher(prometheus);
		assertThat(m.find()).as("metric %s in the scrape", metric).isTrue();
		return Double.parseDouble(m.group(1));
	}

}
