package cn.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen reports on a phone: the day typed as people type it, a receipt that a refresh or a second click does not
 * file again, a receipt that prints cleanly, and a lookup that shows each step with its time limit.
 */
class ReportBrowserTest extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCitizenReportsOnAPhoneRefreshesTheReceiptAndFollowsTheSteps() {
		String place = "某路口洗车店 " + UUID.randomUUID().toString().substring(0, 8);
		browser.phone(true);
		browser.open("/report");
		new Select(browser.visible(By.id("category"))).selectByIndex(2);
		browser.driver().findElement(By.id("place")).sendKeys(place);
		browser.driver().findElement(By.id("occurredOn")).sendKeys("2026/12/1");
		browser.driver().findElement(By.id("description")).sendKeys("污水直排雨水井，气味刺鼻。");
		browser.screenshot("40-report-form-on-a-phone");
		browser.click(By.xpath("//button[normalize-space(.)='提交举报']"));
		browser.waitForText("举报已提交");
		assertThat(browser.driver().getCurrentUrl()).as("post, redirect, get").contains("/report/receipt");
		String trackingNo = browser.driver().findElement(By.xpath("//dt[.='查询号']/following-sibling::dd[1]")).getText();
		String code = browser.driver().findElement(By.xpath("//dt[.='查询码']/following-sibling::dd[1]")).getText();
		browser.screenshot("41-receipt-on-a-phone");

		browser.driver().navigate().refresh();
		browser.waitForText("举报已提交");
		assertThat(browser.bodyText()).contains(trackingNo);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM gk_report WHERE place = :place").param("place", place)
			.query(Long.class).single()).as("a refresh files nothing again").isOne();
		assertThat(jdbc.sql("SELECT occurred_on FROM gk_report WHERE place = :place").param("place", place)
			.query(String.class).single()).as("the day as typed").isEqualTo("2026-12-01");

		browser.phone(false);
		browser.print(true);
		browser.settle();
		assertThat(browser.driver().findElements(By.cssSelector(".footer-links"))).noneMatch(WebElement::isDisplayed);
		browser.screenshot("42-receipt-as-printed");
		browser.print(false);

		browser.open("/report/lookup");
		browser.visible(By.id("trackingNo")).sendKeys(trackingNo);
		browser.driver().findElement(By.id("secretCode")).sendKeys(code);
		browser.click(By.xpath("//button[normalize-space(.)='查询']"));
		browser.waitForText("办理进展");
		assertThat(browser.bodyText()).contains("交办承办单位").contains("信访处收到举报后1个工作日内交办承办单位，截止")
			.contains("尚未办理");
		browser.screenshot("43-lookup-with-steps-and-limits");
	}

}
