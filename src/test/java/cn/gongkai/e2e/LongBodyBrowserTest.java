package cn.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.RecordStatus;
import cn.gongkai.support.Desk;
import cn.gongkai.support.Staff;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A record whose body is longer than the engine's 4,000-character string column comes back for revision: in Tasklist
 * the drafter sees the whole body in the form (it travels as a JSON string) and resubmits it.
 */
class LongBodyBrowserTest extends BrowserTest {

	@Autowired
	RecordService records;

	@Test
	void aReturnedLongBodyIsShownWholeInTasklistAndResubmitted() {
		String body = "各监测点位数据详见附表。".repeat(500);
		ProcessInstance pi = scheduled.open("env-quality", "jiance");
		long recordId = Long.parseLong(pi.getBusinessKey());
		Desk desk = new Desk(engine);
		Map<String, Object> form = new HashMap<>(Staff.draft("长正文退回 " + UUID.randomUUID().toString().substring(0, 6), false, false));
		form.put("body", body);
		form.put("section", "air-quality");
		desk.complete(pi, ObligationProcess.TASK_EDIT_DRAFT, "jianceDrafter", form);
		ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
		Task head = engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).singleResult();
		desk.staff().as("jianceHead", () -> {
			engine.getTaskService().claim(head.getId(), "jianceHead");
			engine.getFormService().submitTaskForm(head.getId(), Map.of("reviewDecision", "RETURN", "reviewComment", "请补充点位说明"));
		});

		browser.loginAs("jianceDrafter", Staff.PASSWORD, "/camunda/app/tasklist/default/");
		browser.click(Browser.text("我的待办"));
		browser.click(Browser.text("填写并提交记录"));
		browser.visible(By.cssSelector(".fjs-form-field-textarea textarea"));
		browser.settle();
		// The form's second text area is 正文 (the first is 内容概述).
		WebElement shown = browser.driver().findElements(By.cssSelector(".fjs-form-field-textarea textarea")).get(1);
		assertThat(shown.getAttribute("value")).isEqualTo(body);
		browser.screenshot("13-returned-long-body");
		shown.sendKeys(Keys.END, "补充：监测点位共 9 个。");
		browser.click(By.xpath("//button[normalize-space(.)='完成']"));
		browser.waitUntil(() -> records.get(recordId).status() == RecordStatus.IN_REVIEW);
		assertThat(records.get(recordId).content().body()).isEqualTo(body + "补充：监测点位共 9 个。");
	}

}
