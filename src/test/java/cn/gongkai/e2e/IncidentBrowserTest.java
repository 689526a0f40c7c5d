package cn.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import cn.gongkai.process.incident.IncidentProcess;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.support.Desk;
import cn.gongkai.support.Staff;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An incident's first release in Tasklist: after the unit head, the chief and the leader each find their review at
 * once, read in its description how long they have and why, and approve; then the secrecy review is due at the hour.
 */
class IncidentBrowserTest extends BrowserTest {

	@Autowired
	Desk desk;

	@Test
	void leaderAndChiefReviewTheFirstReleaseAtOnce() {
		String title = "某河段突发油污（浏览器测试 " + UUID.randomUUID().toString().substring(0, 6) + "）";
		String definitionId = desk.definitionId(IncidentProcess.KEY);
		ProcessInstance pi = desk.staff()
			.as("yingjiDrafter", () -> engine.getFormService()
				.submitStartForm(definitionId, Map.of(IncidentProcess.VAR_TITLE, title)));
		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, "yingji", "油污首次通报 " + title);
		desk.review(pi, "yingjiHead", Map.of("reviewDecision", "APPROVE"));

		approveInTasklist("chief", "局主要领导审核：", "13-chief-finds-the-expedited-review");
		assertThat(desk.reviewChain(pi)).isNotNull();
		approveInTasklist("yingjiLeader", "分管领导审核：", "14-leader-reviews-at-the-same-time");
		browser.waitUntil(() -> engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(desk.reviewChain(pi).getId())
			.taskDefinitionKey(ReviewChainProcess.TASK_SECRECY_REVIEW)
			.count() == 1);

		// Published, the incident waits for its first update or its end: 登记事件结束 is due with the update.
		desk.approveAndPublish(pi, "yingji");
		browser.loginAs("yingjiDrafter", Staff.PASSWORD, "/camunda/app/tasklist/default/");
		browser.click(Browser.text("本组待办"));
		browser.waitUntil(() -> browser.driver()
			.findElements(By.cssSelector(".tasks-list .task"))
			.stream()
			.anyMatch(card -> card.getText().contains("登记事件结束") && card.getText().contains("到期")));
		browser.click(Browser.textStarting("登记事件结束："));
		browser.click(Browser.text("描述"));
		browser.waitForText("事件未结束时每24小时更新");
		browser.screenshot("14b-incident-end-is-due-with-the-next-update");
		browser.click(Browser.text("表单"));
		browser.waitForText("调查预计完成日期");
		browser.screenshot("14c-incident-end-asks-for-the-investigation-day");
	}

	private void approveInTasklist(String reviewer, String taskPrefix, String screenshot) {
		browser.loginAs(reviewer, Staff.PASSWORD, "/camunda/app/tasklist/default/");
		browser.click(Browser.text("本组待办"));
		browser.click(Browser.textStarting(taskPrefix));
		browser.click(Browser.text("描述"));
		browser.waitForText("分管领导与局主要领导同时审核");
		assertThat(browser.bodyText()).contains("前发布").contains("本级须在");
		browser.screenshot(screenshot + "-description");
		browser.click(Browser.text("表单"));
		browser.click(By.xpath("//button[normalize-space(.)='认领']"));
		browser.click(By.xpath("//label[normalize-space(.)='同意']"));
		browser.screenshot(screenshot);
		browser.assertChineseChrome("Tasklist", reviewer);
		browser.click(By.xpath("//button[normalize-space(.)='完成']"));
		browser.waitUntil(() -> engine.getTaskService().createTaskQuery().taskAssignee(reviewer).count() == 0);
	}

}
