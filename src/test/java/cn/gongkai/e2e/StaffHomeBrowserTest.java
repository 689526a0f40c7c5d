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
	}

}
