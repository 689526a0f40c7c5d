package cn.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.UUID;

import cn.gongkai.record.RecordService;
import cn.gongkai.record.RecordStatus;
import cn.gongkai.support.Desk;
import cn.gongkai.support.Staff;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A monitoring unit's monthly surface-water table, the way its drafter enters it: from the drafting form in Tasklist to
 * the data page, pasted from Excel, refused with its row and column, saved, filed under 水环境质量; then, after review,
 * the column's table with its class colours and chart. Screenshots go to {@code target/e2e-screenshots}.
 */
class WaterQualityBrowserTest extends BrowserTest {

	@Autowired
	RecordService records;

	@Autowired
	Desk desk;

	@Test
	void aDrafterEntersASurfaceWaterTableAndTheColumnShowsItsClasses() {
		String title = "地表水环境质量月报（浏览器测试 " + UUID.randomUUID().toString().substring(0, 6) + "）";
		ProcessInstance instance = scheduled.open("env-quality", "jiance");
		long recordId = Long.parseLong(instance.getBusinessKey());
		YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));

		browser.loginAs("jianceDrafter", Staff.PASSWORD, "/camunda/app/tasklist/default/");
		browser.click(Browser.text("本组待办"));
		browser.click(Browser.text("填写并提交记录"));
		browser.click(By.xpath("//button[normalize-space(.)='认领']"));
		browser.visible(By.cssSelector(".fjs-form-field-textfield input"));
		browser.settle();
		String tasklistWindow = browser.driver().getWindowHandle();
		browser.click(By.linkText("水质数据页面"));
		browser.waitUntil(() -> browser.driver().getWindowHandles().size() == 2);
		browser.driver().switchTo().window(browser.driver().getWindowHandles().stream()
			.filter(handle -> !handle.equals(tasklistWindow)).findFirst().orElseThrow());
		browser.waitForText("数据表种类");
		browser.click(By.linkText("水环境质量"));
		browser.waitForText("上传或粘贴水环境质量数据");
		browser.screenshot("w01-water-data-page-kind-chosen");

		String header = "断面\t月份\tpH\t溶解氧(mg/L)\t高锰酸盐指数(mg/L)\t化学需氧量(mg/L)\t五日生化需氧量(mg/L)\t氨氮(mg/L)\t总磷(mg/L)\n";
		browser.paste(browser.visible(By.id("cells")), header + "中牟陈桥\t" + month + "\t7.6\t5.4\t5.8\t24\t30\t1.62\t0.28\n");
		browser.click(By.xpath("//button[normalize-space(.)='保存粘贴的表格']"));
		browser.waitForText("数据未保存");
		assertThat(browser.bodyText()).contains("第 2 行“五日生化需氧量”列：五日生化需氧量（30）大于化学需氧量（24），请核对");
		assertThat(browser.visible(By.id("cells")).getAttribute("value")).as("the pasted table is kept for mending")
			.contains("中牟陈桥");
		browser.screenshot("w02-water-data-refused-with-row-and-column");
		browser.paste(browser.visible(By.id("cells")), header + "花园口\t" + month + "\t8.1\t8.2\t2.9\t12\t2.1\t0.21\t0.08\n"
				+ "中牟陈桥\t" + month + "\t7.6\t5.4\t5.8\t24\t4.5\t1.62\t0.28\n" + "七里铺\t" + month
				+ "\t7.9\t6.8\t3.9\t16\t3.2\t0.62\t0.15\n");
		browser.click(By.xpath("//button[normalize-space(.)='保存粘贴的表格']"));
		browser.waitForText("数据已保存：3 条断面月度数据");
		assertThat(browser.bodyText()).contains("本记录目前的发布栏目不是“水环境质量”").contains("氨氮（0.08）");
		browser.screenshot("w03-water-data-saved-with-classes");
		browser.driver().close();
		browser.driver().switchTo().window(tasklistWindow);

		var textfields = browser.driver().findElements(By.cssSelector(".fjs-form-field-textfield input"));
		Browser.clear(textfields.get(0));
		textfields.get(0).sendKeys(title);
		Browser.clear(textfields.get(1));
		textfields.get(1).sendKeys("ZZHB-2026-0400");
		var textareas = browser.driver().findElements(By.cssSelector(".fjs-form-field-textarea textarea"));
		textareas.get(0).sendKeys("全市主要河流国控、省控断面本月水质");
		textareas.get(1).sendKeys("3 个断面中 2 个达到水质目标。");
		browser.driver().findElement(By.cssSelector("input[id$='Field_dateFormed']")).sendKeys(month.atDay(1).toString());
		browser.click(By.cssSelector(".fjs-form-field-select .fjs-input-group"));
		browser.click(By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='水环境质量']"));
		browser.click(Browser.text("填写公开记录"));
		browser.screenshot("w04-drafting-form-filed-under-water-quality");
		browser.click(By.xpath("//button[normalize-space(.)='完成']"));
		browser.waitUntil(() -> records.get(recordId).status() == RecordStatus.IN_REVIEW);
		assertThat(records.get(recordId).sectionKey()).isEqualTo("water-quality");

		desk.approveAndPublish(instance, "jiance");
		browser.waitUntil(() -> records.get(recordId).status() == RecordStatus.PUBLISHED);
		browser.driver().manage().deleteAllCookies();
		browser.open("/column/water-quality");
		browser.click(By.linkText(title));
		browser.waitForText("水环境质量数据");
		WebElement chart = browser.visible(By.cssSelector(".water-chart svg[role='img']"));
		assertThat(chart.getAttribute("aria-label")).contains("3 条月度数据中 2 条达到水质目标");
		assertThat(browser.driver().findElements(By.cssSelector(".water-chart rect"))).hasSize(3);
		assertThat(browser.driver().findElement(By.xpath("//td[normalize-space(.)='Ⅴ类' and contains(@class,'water-class')]"))
			.getCssValue("background-color")).as("the class's colour, beside its name").isEqualTo("rgba(255, 140, 0, 1)");
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", chart);
		browser.screenshot("w05-water-quality-chart-and-table-on-the-column");
		assertThat(browser.driver().findElement(By.linkText("CSV")).getAttribute("href")).endsWith("/water.csv");
	}

	/**
	 * A drinking-water table: the drafter chooses the kind on the data page, pastes a month of the sources with the
	 * supplementary and specific items they monitor, and the column shows each source's verdict and the month's 达标率.
	 */
	@Test
	void aDrinkingWaterTableShowsEachSourcesVerdictOnTheColumn() {
		String title = "集中式饮用水水源地水质月报（浏览器测试 " + UUID.randomUUID().toString().substring(0, 6) + "）";
		ProcessInstance instance = scheduled.open("env-quality", "jiance");
		long recordId = Long.parseLong(instance.getBusinessKey());
		YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(1);

		browser.loginAs("jianceDrafter", Staff.PASSWORD, "/records/" + recordId + "/water");
		browser.waitForText("数据表种类");
		browser.click(By.linkText("饮用水源地水质"));
		browser.waitForText("上传或粘贴饮用水源地水质数据");
		assertThat(browser.bodyText()).contains("可填报的水源地：南水北调中线刘湾水厂取水口、黄河花园口水源地");
		String header = "水源地\t月份\tpH\t溶解氧(mg/L)\t氨氮(mg/L)\t总磷(mg/L)\t锰(mg/L)\t苯并(a)芘(mg/L)\n";
		browser.paste(browser.visible(By.id("cells")), header + "黄河花园口水源地\t" + month + "\t8.0\t8.5\t0.12\t0.05\t0.02\t\n"
				+ "尖岗水库水源地\t" + month + "\t7.9\t7.1\t0.3\t0.04\t0.15\t0.000001\n");
		browser.click(By.xpath("//button[normalize-space(.)='保存粘贴的表格']"));
		browser.waitForText("数据已保存：2 条水源地月度数据");
		assertThat(browser.bodyText()).contains("锰（0.50）").contains("达标率 " + month + " 50.0%");
		browser.screenshot("w06-drinking-water-data-saved");

		desk.draftAndPublish(instance, "jiance", title, "drinking-water");
		browser.waitUntil(() -> records.get(recordId).status() == RecordStatus.PUBLISHED);
		browser.driver().manage().deleteAllCookies();
		browser.open("/column/drinking-water");
		browser.click(By.linkText(title));
		browser.waitForText("饮用水源地水质数据");
		assertThat(browser.bodyText()).contains("达标率 " + month + " 50.0%").contains("不达标").contains("苯并[a]芘");
		WebElement table = browser.visible(By.cssSelector(".water-table"));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", table);
		browser.screenshot("w07-drinking-water-on-the-column");
	}

}
