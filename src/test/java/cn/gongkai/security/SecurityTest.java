package cn.gongkai.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.Staff;
import cn.gongkai.support.WebClient;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@GongkaiTest
class SecurityTest {

	@LocalServerPort
	int port;

	@Autowired
	ProcessEngine engine;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void anonymousStaffPagesAndWebappsRedirectToTheChineseLogin() {
		WebClient anonymous = new WebClient(port);
		for (String path : new String[] { "/records/1", "/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/" }) {
			HttpResponse<String> response = anonymous.get(path, "Accept", "text/html");
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		}
		assertThat(anonymous.get("/login").body()).contains("工作人员登录").contains("用户名").contains("密码");
	}

	/**
	 * Every page the application serves is public only if it is meant to be: for each of Spring MVC's GET mappings an
	 * anonymous visitor either reads the public page or is sent to the login (the administration API asks for Basic).
	 */
	@Test
	void everyStaffPageSendsAnAnonymousVisitorToTheLogin() {
		Set<String> publicPages = Set.of("/", "/search", "/column/{sectionKey}", "/column/{sectionKey}/feed",
				"/column/records/{id}", "/column/records/{id}/air.csv", "/column/records/{id}/air.json",
				"/column/records/{id}/water.csv", "/column/records/{id}/water.json", "/column/records/{id}/annual-report",
				"/column/records/{id}/annual-report.json", "/column/attachments/{id}",
				"/api/column/sections", "/api/column/changes",
				"/api/column/sections/{key}/records", "/api/column/sections/{key}/withdrawn", "/api/column/records/{id}", "/report", "/report/lookup",
				"/report/receipt", "/apply", "/apply/receipt", "/apply/track", "/apply/letters/{letterId}",
				"/apply/letters/{letterId}.txt", "/apply/files/{attachmentId}", SecurityConfiguration.LOGIN_PAGE, "/error");
		WebClient anonymous = new WebClient(port);
		int staffPages = 0;
		for (var mapping : handlerMapping.getHandlerMethods().keySet()) {
			if (!mapping.getMethodsCondition().getMethods().isEmpty()
					&& !mapping.getMethodsCondition().getMethods().contains(RequestMethod.GET)) {
				continue;
			}
			for (String pattern : mapping.getPatternValues()) {
				String path = pattern.replaceAll("\\{[^}]+}", "1");
				HttpResponse<String> response = anonymous.get(path, "Accept", "text/html");
				String location = response.headers().firstValue("Location").orElse("");
				if (publicPages.contains(pattern)) {
					assertThat(location).as(pattern).doesNotEndWith("/login");
				}
				else if (pattern.startsWith("/api/admin")) {
					assertThat(response.statusCode()).as(pattern).isEqualTo(401);
				}
				else {
					assertThat(response.statusCode()).as(pattern).isEqualTo(302);
					assertThat(location).as(pattern).endsWith("/login");
					staffPages++;
				}
			}
		}
		assertThat(staffPages).as("workspace, records, reports and supervision pages").isGreaterThanOrEqualTo(8);
	}

	@Test
	void platformAdministratorsReachCockpitAndAdminWhileStaffReachOnlyTasklist() {
		WebClient admin = new WebClient(port).login("admin");
		for (String app : new String[] { "tasklist", "cockpit", "admin" }) {
			assertThat(admin.get("/camunda/app/" + app + "/default/", "Accept", "text/html").statusCode()).as(app)
				.isEqualTo(200);
		}
		assertThat(new WebClient(port).basic("admin", Staff.PASSWORD).get("/engine-rest/deployment/count").body())
			.isNotEqualTo("{\"count\":0}");
		assertThat(new WebClient(port).basic("jianceHead", Staff.PASSWORD).get("/engine-rest/deployment/count").body())
			.isEqualTo("{\"count\":0}");
		WebClient drafter = new WebClient(port).login("jianceDrafter");
		assertThat(drafter.get("/camunda/app/tasklist/default/", "Accept", "text/html").statusCode()).isEqualTo(200);
		assertThat(drafter.get("/camunda/app/cockpit/default/", "Accept", "text/html").statusCode()).isEqualTo(403);
	}

	@Test
	void theRestApiAnswers401WithoutCredentialsAndWithAWrongPassword() {
		assertThat(new WebClient(port).get("/engine-rest/task").statusCode()).isEqualTo(401);
		// A user of its own: after a wrong password the engine delays that user's next login.
		assertThat(new WebClient(port).basic("fusheLeader", "wrong").get("/engine-rest/task").statusCode()).isEqualTo(401);
		assertThat(new WebClient(port).basic("fusheHead", Staff.PASSWORD).get("/engine-rest/task/count").statusCode())
			.isEqualTo(200);
	}

	@Test
	void aWrongPasswordOnTheLoginFormShowsAChineseError() {
		WebClient browser = new WebClient(port);
		HttpResponse<String> response = browser.postForm("/login", browser.csrfOf("/login"),
				Map.of("username", "fusheSecrecy", "password", "wrong"));
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
		assertThat(browser.get("/login?error").body()).contains("用户名或密码错误");
	}

	@Test
	void thePublicColumnNeedsNoLoginAndCarriesSecurityHeaders() {
		HttpResponse<String> response = new WebClient(port).get("/column/air-quality");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				csp -> assertThat(csp).contains("default-src 'self'").contains("script-src 'self'"));
		assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
		// The site names who runs it and has its mark, for anyone.
		assertThat(response.body()).contains("主办单位：<span>郑州市环境保护局</span>").contains("href=\"/favicon.svg\"");
		HttpResponse<String> favicon = new WebClient(port).get("/favicon.svg");
		assertThat(favicon.statusCode()).isEqualTo(200);
		assertThat(favicon.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
	}

	@Test
	void aMissingRecordIsA404ForStaff() {
		assertThat(new WebClient(port).login("jianceHead").get("/records/987654321").statusCode()).isEqualTo(404);
	}

	@Test
	void theApplicationsFormsRequireACsrfToken() {
		WebClient browser = new WebClient(port).login("jianceDrafter");
		assertThat(browser.postForm("/records/1/attachments/1/delete", null, Map.of()).statusCode()).isEqualTo(403);
	}

	@Test
	void loggingOutOfTheWebappsEndsTheSharedSession() {
		WebClient browser = new WebClient(port).login("jianceDrafter");
		assertThat(browser.get("/column/air-quality").statusCode()).isEqualTo(200);
		assertThat(browser.get("/camunda/app/tasklist/default/", "Accept", "text/html").statusCode()).isEqualTo(200);
		String xsrf = browser.camundaXsrfToken();
		assertThat(browser.postJson("/camunda/api/admin/auth/user/default/logout", "{}", "X-XSRF-TOKEN", xsrf)
			.statusCode()).isEqualTo(200);
		HttpResponse<String> after = browser.get("/camunda/app/tasklist/default/", "Accept", "text/html");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

}
