package cn.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.support.Desk;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public site as a citizen uses it: one search across every section from the home page, the latest publications,
 * a phone that shows the list first, larger text, a printed record that keeps the bureau's name, and a Chinese 404.
 */
class PublicSiteBrowserTest extends BrowserTest {

	@Autowired
	Desk desk;

	@Test
	void aCitizenSearchesReadsOnAPhoneEnlargesThePrintsAndMistypes() {
		String marker = "公众" + UUID.randomUUID().toString().substring(0, 6);
		String title = marker + " 空气质量 月报";
		ProcessInstance pi = scheduled.open("env-quality", "jiance");
		desk.draft(pi, ObligationProcess.TASK_EDIT_DRAFT, "jiance", title);
		desk.approveAndPublish(pi, "jiance");

		browser.open("/");
		browser.waitForText("最新公开");
		assertThat(browser.bodyText()).contains(title);
		browser.screenshot("30-home-search-and-latest");
		browser.visible(By.id("site-q")).sendKeys(marker + " 月报");
		browser.click(By.xpath("//button[normalize-space(.)='搜索']"));
		browser.waitForText("共 1 条");
		browser.screenshot("31-search-across-sections");
		browser.click(By.linkText(title));
		browser.waitForText("索引号");

		browser.print(true);
		browser.settle();
		assertThat(browser.driver().findElement(By.cssSelector(".site-header .brand")).isDisplayed()).isTrue();
		assertThat(browser.driver().findElements(By.cssSelector("nav.sections"))).noneMatch(WebElement::isDisplayed);
		browser.screenshot("32-a-record-as-printed");
		browser.print(false);

		browser.phone(true);
		browser.open("/column/air-quality");
		browser.waitForText(title);
		int list = browser.driver().findElement(By.cssSelector("ol.records")).getLocation().getY();
		int filters = browser.driver().findElement(By.cssSelector("form.filters")).getLocation().getY();
		assertThat(list).as("on a phone the list comes before the filters").isLessThan(filters);
		browser.screenshot("33-section-on-a-phone");

		browser.click(By.cssSelector(".text-size"));
		browser.waitUntil(() -> browser.driver().findElement(By.tagName("html")).getAttribute("class").contains("large-text"));
		browser.open("/column/air-quality");
		assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("class")).as("remembered")
			.contains("large-text");
		assertThat(browser.driver().findElement(By.cssSelector(".text-size")).getText()).isEqualTo("标准字号");
		browser.screenshot("34-larger-text-on-a-phone");
		browser.phone(false);

		browser.open("/column/no-such-section");
		browser.waitForText("页面不存在");
		browser.open("/no-such-page");
		browser.waitForText("页面不存在");
		assertThat(browser.bodyText()).contains("返回首页").doesNotContain("登录");
		browser.screenshot("35-a-chinese-404");
	}

}
