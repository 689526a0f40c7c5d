package cn.gongkai.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Date;

import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.support.Staff;
import cn.gongkai.support.WebClient;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;

@GongkaiTest
class CalendarApiTest extends RunningApplication {

	@Test
	void administratorsCorrectAYearWithoutARestartAndOthersCannot() {
		String body = """
				{"year":2031,"source":"测试","holidays":[{"name":"元旦","from":"2031-01-01","to":"2031-01-01"}]}""";
		WebClient admin = new WebClient(port).basic("admin", Staff.PASSWORD);
		assertThat(new WebClient(port).basic("jianceHead", Staff.PASSWORD)
			.send("PUT", "/api/admin/calendar/2031", body)
			.statusCode()).isEqualTo(403);
		assertThat(admin.send("PUT", "/api/admin/calendar/2031", body).statusCode()).isEqualTo(200);
		assertThat(admin.get("/api/admin/calendar/deadline?from=2030-12-31&workingDays=1").body()).contains("2031-01-02")
			.contains("跳过 2031-01-01（元旦）");

		HttpResponse<String> faulty = admin.send("PUT", "/api/admin/calendar/2031",
				body.replace("\"to\":\"2031-01-01\"", "\"to\":\"2030-12-01\""));
		assertThat(faulty.statusCode()).isEqualTo(400);
		assertThat(faulty.body()).contains("结束日期早于开始日期");
	}

	@Test
	void reviewTasksAreDueAtTheEndOfTheSecondWorkingDay() {
		// Wednesday 30 September 2026; 1-7 October is the National Day holiday.
		ClockUtil.setCurrentTime(Date.from(java.time.ZonedDateTime.parse("2026-09-30T10:00:00+08:00").toInstant()));
		var staff = new Staff(engine);
		var pi = scheduled.open("env-quality", "jiance");
		var draft = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
		staff.as("jianceDrafter", () -> engine.getFormService().submitTaskForm(draft.getId(), Staff.draft("国庆前水质", false, false)));
		var review = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey()).singleResult();
		assertThat(review.getDueDate().toInstant())
			.isEqualTo(java.time.ZonedDateTime.parse("2026-10-09T23:59:59+08:00").toInstant());
	}

}
