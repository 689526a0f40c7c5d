package cn.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gongkai.obligation.ObligationService;
import cn.gongkai.support.Staff;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staff home (工作台) after login, and the webapps' header that leads back to it: the office's supervisor reaches
 * 督查 from Tasklist in one click, and no screen tells the staff to move to Camunda 8.
 */
class StaffHomeBrowserTest extends BrowserTest {

	@Autowired
	ObligationService obligations;

	@Test
	void theSupervisorLandsOnTheHomeAndReachesSupervisionFromTasklistInOneClick() {
		browser.loginAs("supervisor", Staff.PASSWORD, "/login");
		browser.waitUntil(() -> browser.driver().getCurrentUrl().endsWith("/workspace"));
		browser.waitForText("我的待办");
		assertThat(browser.bodyText()).contains("工作台").contains("督查").contains("我起草的记录");
		browser.screenshot("20-staff-home");

		browser.click(By.linkText("任务列表"));
		browser.visible(By.cssSelector(".gongkai-link"));
		browser.settle();
		assertThat(browser.driver().findElement(By.cssSelector(".gongkai-bureau")).getText()).isNotBlank();
		browser.waitUntil(() -> browser.driver().findElement(By.cssSelector(".account > .dropdown-toggle")).getText().contains("俞振宇"));
		assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
		assertThat(browser.bodyText()).doesNotContain("Camunda 8");
		browser.screenshot("21-tasklist-header-with-the-bureau-and-its-links");
		browser.assertChineseChrome("Tasklist", "supervisor");

		browser.click(By.linkText("督查"));
		browser.waitUntil(() -> browser.driver().getCurrentUrl().contains("/supervision"));
		browser.waitForText("信息公开督查");
		browser.screenshot("22-supervision-in-one-click");
	}

	/** The monthly notice: what it will name is said before drafting, and a second click opens the month's draft. */
	@Test
	void theSupervisorDraftsTheMonthsNoticeOnceAndSeesWhomItNames() {
		browser.loginAs("supervisor", Staff.PASSWORD, "/supervision?month=2031-07");
		browser.waitForText("信息公开督查");
		assertThat(browser.bodyText()).contains("没有逾期事项，通报不点名任何单位");
		browser.screenshot("25-supervision-says-whom-the-notice-names");
		browser.click(By.xpath("//button[normalize-space(.)='起草本月通报']"));
		browser.waitForText("已起草2031年7月的通报");
		browser.screenshot("26-the-months-notice-drafted");
		browser.click(By.xpath("//button[normalize-space(.)='起草本月通报']"));
		browser.waitUntil(() -> browser.driver().getCurrentUrl().matches(".*/records/\\d+$"));
		browser.waitForText("2031年7月环境信息公开工作情况通报");
		assertThat(browser.bodyText()).contains("各单位均无逾期事项").doesNotContain("上述单位");
		browser.screenshot("27-a-second-click-opens-the-draft");
		assertThat(browser.bodyText()).as("a second click opens the same draft").contains("2031年7月环境信息公开工作情况通报");
	}

	@Test
	void administratorsFindEveryObligationAndNoBannerInCockpit() {
		String subject = obligations.openOfProcess(scheduled.open("env-quality", "jiance").getId()).get(0).subject();
		browser.loginAs("admin", Staff.PASSWORD, "/camunda/app/cockpit/default/");
		browser.visible(By.cssSelector(".gongkai-link"));
		browser.settle();
		assertThat(browser.driver().findElements(By.cssSelector(".ce-eol-banner"))).noneMatch(WebElement::isDisplayed);
		browser.screenshot("23-cockpit-header");
		browser.click(By.linkText("工作台"));
		browser.click(By.linkText("公开义务一览"));
		browser.waitForText("全局尚未履行的公开义务");
		assertThat(browser.bodyText()).contains(subject).contains("监测处");
		browser.screenshot("24-obligations-for-administrators");

		// The stations the units report air quality for: a code that is no code is refused in Chinese, nothing added.
		browser.click(By.linkText("返回工作台"));
		browser.click(By.linkText("空气质量监测点位"));
		browser.waitForText("岗李水库");
		browser.visible(By.id("id")).sendKeys("站 点");
		browser.visible(By.id("name")).sendKeys("银行学校");
		browser.click(By.xpath("//button[normalize-space(.)='添加']"));
		browser.waitForText("点位代码须为 2 至 32 位字母、数字或连字符");
		assertThat(browser.bodyText()).contains("使用中").doesNotContain("已添加点位");
		browser.screenshot("25-air-quality-stations-for-administrators");
	}

}
