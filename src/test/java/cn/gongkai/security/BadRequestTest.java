package cn.gongkai.security;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.Staff;
import cn.gongkai.support.WebClient;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Finding 9 and its kind: every application endpoint answers a malformed request with a 4xx and a Chinese page or
 * JSON, never a 500, whether a browser (HTML) or a program (JSON) asks.
 */
@GongkaiTest
class BadRequestTest {

	static final List<String> ACCEPTS = List.of("text/html", "application/json", "*/*");

	@LocalServerPort
	int port;

	@Test
	void thePublicColumnAndItsApi() {
		WebClient visitor = new WebClient(port);
		for (String path : List.of("/api/column/sections/air-quality/records?from=2026-13-45",
				"/api/column/sections/air-quality/records?to=yesterday", "/api/column/sections/air-quality/records?page=x",
				"/api/column/sections/air-quality/records?page=99999999999", "/api/column/records/abc",
				"/api/column/records/-1", "/api/column/sections/nope/records", "/column/air-quality?page=abc",
				"/column/records/abc", "/column/records/99999999999999999999", "/column/attachments/abc",
				"/column/nope/feed")) {
			for (String accept : ACCEPTS) {
				assertClientError(visitor.get(path, "Accept", accept), path + " as " + accept);
			}
		}
	}

	/** The column's own page keeps the reader on it: the list unfiltered, with the problem named in Chinese. */
	@Test
	void aBadFilterOnTheColumnPageIsExplainedOnThePage() {
		HttpResponse<String> page = new WebClient(port).get("/column/air-quality?from=2026-13-45&to=%E0%A4", "Accept",
				"text/html");
		softly.assertThat(page.statusCode()).isEqualTo(200);
		softly.assertThat(page.body()).contains("起始日期").contains("截止日期");
	}

	@Test
	void staffAndAdministratorPages() {
		WebClient drafter = new WebClient(port).login("jianceDrafter");
		WebClient supervisor = new WebClient(port).login("supervisor");
		WebClient admin = new WebClient(port).basic("admin", Staff.PASSWORD);
		Map<WebClient, List<String>> pages = Map.of(drafter,
				List.of("/records/abc", "/records/987654321/attachments", "/records/1/attachments/abc",
						"/reports/abc", "/reports/1/photos/abc"),
				supervisor, List.of("/supervision?month=2026-13", "/supervision/export?month=bad"),
				admin, List.of("/api/admin/obligations?dueBefore=tomorrow", "/api/admin/obligations/abc",
						"/api/admin/obligations/987654321", "/api/admin/calendar/deadline?from=bad&workingDays=3",
						"/api/admin/calendar/deadline?from=2026-01-01&workingDays=-999999999",
						"/api/admin/calendar/deadline?from=2026-01-01"));
		pages.forEach((client, paths) -> {
			for (String path : paths) {
				for (String accept : ACCEPTS) {
					assertClientError(client.get(path, "Accept", accept), path + " as " + accept);
				}
			}
		});
		assertClientError(admin.send("PUT", "/api/admin/calendar/2027", "{not json"), "calendar with bad JSON");
		assertClientError(admin.send("PUT", "/api/admin/calendar/abc", "{}"), "calendar of a bad year");
		String csrf = drafter.csrfOf("/report");
		assertClientError(drafter.postForm("/records/abc/changes", csrf, Map.of("kind", "CORRECTION", "reason", "x")),
				"change of a bad record");
		// A form of the record's page goes back to the page, which names the problem.
		softly.assertThat(drafter.postForm("/records/1/changes", csrf, Map.of("kind", "NOPE", "reason", "x")).statusCode())
			.as("change of a bad kind")
			.isLessThan(500);
	}

	private final SoftAssertions softly = new SoftAssertions();

	@AfterEach
	void everyAnswerChecked() {
		softly.assertAll();
	}

	private void assertClientError(HttpResponse<String> response, String what) {
		softly.assertThat(response.statusCode()).as(what + " answered " + response.statusCode()).isBetween(400, 499);
	}

}
