package cn.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import cn.gongkai.application.ApplicationReceipt;
import cn.gongkai.application.ApplicationService;
import cn.gongkai.process.applications.ApplicationsProcess;
import cn.gongkai.support.Applicants;
import cn.gongkai.support.Desk;
import cn.gongkai.support.Staff;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen applies for information online, follows the application with the tracking number and code, and reads
 * the answer letter; between, the office and the handling unit see their tasks in Tasklist.
 */
class ApplicationBrowserTest extends BrowserTest {

	@Autowired
	ApplicationService applications;

	@Autowired
	Applicants applicants;

	@Autowired
	Desk desk;

	@Test
	void aCitizenAppliesOnlineFollowsTheApplicationAndReadsTheAnswerLetter() {
		String request = "2026年11月本市各国控点位PM2.5日均浓度（" + UUID.randomUUID().toString().substring(0, 6) + "）";
		browser.open("/apply");
		browser.waitForText("申请须知");
		new Select(browser.visible(By.id("applicantKind"))).selectByValue("NATURAL_PERSON");
		browser.driver().findElement(By.id("applicantName")).sendKeys("褚若溪");
		browser.driver().findElement(By.id("idDocument")).sendKeys("410105199001011234");
		browser.driver().findElement(By.id("phone")).sendKeys("0371-66668888");
		browser.driver().findElement(By.id("email")).sendKeys("chu@example.cn");
		browser.driver().findElement(By.id("description")).sendKeys(request);
		new Select(browser.driver().findElement(By.id("infoForm"))).selectByValue("ELECTRONIC");
		new Select(browser.driver().findElement(By.id("delivery"))).selectByValue("ONLINE");
		browser.screenshot("a01-application-form");
		browser.click(By.xpath("//button[normalize-space(.)='提交申请']"));
		browser.waitForText("申请已提交");
		String trackingNo = browser.driver().findElement(By.xpath("//dt[.='查询号']/following-sibling::dd[1]")).getText();
		String code = browser.driver().findElement(By.xpath("//dt[.='查询码']/following-sibling::dd[1]")).getText();
		assertThat(trackingNo).startsWith("YS");
		browser.screenshot("a02-application-receipt");

		track(trackingNo, code);
		assertThat(browser.bodyText()).contains("已提交，待确认收到").contains("待确认（本局确认收到后显示）").doesNotContain("褚若溪")
			.doesNotContain("0371-66668888");
		browser.screenshot("a03-tracking-before-receipt");

		long applicationId = applications.lookup(trackingNo, code).orElseThrow().id();
		ProcessInstance pi = applicants.instance(new ApplicationReceipt(applicationId, trackingNo, code));
		browser.loginAs("officeDrafter", Staff.PASSWORD, "/camunda/app/tasklist/default/");
		browser.click(Browser.text("本组待办"));
		browser.click(Browser.textStarting("确认收到并交办：" + trackingNo.substring(0, 11)));
		browser.click(Browser.text("表单"));
		browser.waitForText("办理方式");
		browser.click(By.xpath("//button[normalize-space(.)='认领']"));
		browser.click(By.xpath("//label[normalize-space(.)='交办承办单位']"));
		browser.waitForText("承办单位（掌握该信息的单位）");
		assertThat(browser.driver().findElement(By.cssSelector("textarea[id$='Field_applicationView']")).getAttribute("value"))
			.contains(request).doesNotContain("褚若溪");
		browser.screenshot("a04-office-confirms-and-assigns");
		browser.assertChineseChrome("Tasklist", "officeDrafter", "YS");
		applicants.assign(pi, "zhidui");

		browser.loginAs("zhiduiDrafter", Staff.PASSWORD, "/camunda/app/tasklist/default/");
		browser.click(Browser.text("本组待办"));
		browser.click(Browser.textStarting("检索并拟定答复：" + trackingNo.substring(0, 11)));
		browser.click(Browser.text("描述"));
		browser.waitForText("自收到申请之日起20个工作日内答复（条例第三十三条）");
		browser.screenshot("a05-answer-due-and-its-rule");
		browser.click(Browser.text("表单"));
		browser.click(By.xpath("//button[normalize-space(.)='认领']"));
		browser.click(By.xpath("//label[normalize-space(.)='拟定答复']"));
		browser.waitForText("答复类型");
		browser.screenshot("a06-unit-drafts-the-answer");

		// A third party is consulted, then an extension asked: the unit's and the office head's forms for them.
		desk.complete(pi, ApplicationsProcess.TASK_HANDLE, "zhiduiDrafter", Map.of(ApplicationsProcess.VAR_HANDLING_ACTION,
				ApplicationsProcess.CONSULT, ApplicationsProcess.VAR_THIRD_PARTY, "某某化工有限公司",
				ApplicationsProcess.VAR_CONSULT_MATTERS, "是否同意公开贵公司的排污数据"));
		browser.driver().navigate().refresh();
		browser.click(Browser.text("本组待办"));
		browser.click(Browser.textStarting("登记第三方意见：" + trackingNo.substring(0, 11)));
		browser.click(Browser.text("表单"));
		browser.waitForText("逾期未提出意见");
		// The reload showed the finished task's address first; Tasklist says so in a notice.
		browser.dismissNotifications();
		browser.screenshot("a06b-unit-records-the-third-partys-opinion");
		desk.complete(pi, ApplicationsProcess.TASK_RECORD_OPINION, "zhiduiDrafter",
				Map.of(ApplicationsProcess.VAR_THIRD_PARTY_OPINION, "AGREES"));
		desk.complete(pi, ApplicationsProcess.TASK_HANDLE, "zhiduiDrafter", Map.of(ApplicationsProcess.VAR_HANDLING_ACTION,
				ApplicationsProcess.EXTEND, ApplicationsProcess.VAR_EXTENSION_REASON, "所需数据分散在多个监测点位，需要汇总核对"));
		browser.loginAs("officeHead", Staff.PASSWORD, "/camunda/app/tasklist/default/");
		browser.click(Browser.text("本组待办"));
		browser.click(Browser.textStarting("审批延期答复：" + trackingNo.substring(0, 11)));
		browser.click(Browser.text("表单"));
		browser.waitForText("审批意见");
		assertThat(browser.driver().findElement(By.cssSelector("textarea[id$='Field_extensionReason']")).getAttribute("value"))
			.isEqualTo("所需数据分散在多个监测点位，需要汇总核对");
		browser.screenshot("a06c-office-head-decides-the-extension");
		desk.complete(pi, ApplicationsProcess.TASK_APPROVE_EXTENSION, "officeHead",
				Map.of(ApplicationsProcess.VAR_EXTENSION_DECISION, ApplicationsProcess.REFUSE));
		applicants.answer(pi, "DISCLOSED", null, "现以电子文件形式提供2026年11月各国控点位PM2.5日均浓度表。");
		desk.approveAndPublish(pi, "zhidui");

		track(trackingNo, code);
		assertThat(browser.bodyText()).contains("已答复").contains("予以公开").doesNotContain("褚若溪");
		browser.screenshot("a07-tracking-answered");
		browser.click(Browser.textStarting("政府信息公开申请答复书"));
		browser.waitForText("经审查，现答复如下");
		assertThat(browser.bodyText()).contains("褚若溪：").contains("本机关予以公开").contains("六十日内依法申请行政复议")
			.contains("六个月内依法向人民法院提起行政诉讼");
		browser.screenshot("a08-answer-letter");
		browser.print(true);
		browser.settle();
		browser.screenshot("a09-answer-letter-as-printed");
		browser.print(false);
	}

	private void track(String trackingNo, String code) {
		browser.open("/apply/track");
		browser.visible(By.id("trackingNo")).sendKeys(trackingNo);
		browser.driver().findElement(By.id("secretCode")).sendKeys(code);
		browser.click(By.xpath("//button[normalize-space(.)='查询']"));
		browser.waitForText("办理进展");
	}

}
