package cn.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import cn.gongkai.record.Attachment;
import cn.gongkai.record.AttachmentService;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.RecordStatus;
import cn.gongkai.support.Staff;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A monitoring unit's half-monthly update, done the way the staff do it: in Tasklist, in a real browser. Screenshots
 * of every step go to {@code target/e2e-screenshots}.
 */
class EnvQualityBrowserTest extends BrowserTest {

	@Autowired
	RecordService records;

	@Autowired
	AttachmentService attachments;

	@Test
	void aDrafterAndTwoReviewersPublishAnUpdateThroughTasklist() throws Exception {
		String title = "2026年11月下半月空气质量状况（浏览器测试 " + UUID.randomUUID().toString().substring(0, 6) + "）";
		ProcessInstance instance = scheduled.open("env-quality", "jiance");
		long recordId = Long.parseLong(instance.getBusinessKey());

		browser.open("/camunda/app/tasklist/default/");
		browser.visible(By.id("username"));
		assertThat(browser.bodyText()).contains("登录").contains("用户名").contains("密码");
		browser.screenshot("01-login");
		browser.assertChineseChrome("the login page");

		browser.loginAs("jianceDrafter", Staff.PASSWORD, "/camunda/app/tasklist/default/");
		browser.click(Browser.text("本组待办"));
		browser.click(Browser.text("填写并提交记录"));
		browser.click(By.xpath("//button[normalize-space(.)='认领']"));
		browser.visible(By.cssSelector(".fjs-form-field-textfield input"));
		browser.settle();
		browser.screenshot("02-tasklist-drafting-task");
		browser.assertChineseChrome("Tasklist", "jianceDrafter");

		// What is typed stays: the attachments page opens in a new tab.
		WebElement titleField = browser.driver().findElements(By.cssSelector(".fjs-form-field-textfield input")).get(0);
		Browser.clear(titleField);
		titleField.sendKeys(title);
		String tasklistWindow = browser.driver().getWindowHandle();
		browser.click(By.linkText("附件管理页面"));
		browser.waitUntil(() -> browser.driver().getWindowHandles().size() == 2);
		browser.driver().switchTo().window(browser.driver().getWindowHandles().stream()
			.filter(handle -> !handle.equals(tasklistWindow)).findFirst().orElseThrow());
		browser.waitForText("附件管理");
		Path pdf = Files.createDirectories(Path.of("target", "e2e-files")).resolve("监测数据.pdf");
		Files.write(pdf, cn.gongkai.support.Files.pdf());
		browser.visible(By.id("file")).sendKeys(pdf.toAbsolutePath().toString());
		browser.click(By.xpath("//button[normalize-space(.)='上传']"));
		browser.waitForText("已上传");
		browser.screenshot("03-attachment-uploaded");
		assertThat(browser.driver().findElement(By.cssSelector("form[data-confirm]")).getAttribute("data-confirm"))
			.contains("确定删除附件“监测数据.pdf”吗");
		browser.driver().close();
		browser.driver().switchTo().window(tasklistWindow);

		// The day-by-day figures go in as a table, copied from Excel (tab-separated) and pasted on the data page.
		browser.click(By.linkText("空气质量数据页面"));
		browser.waitUntil(() -> browser.driver().getWindowHandles().size() == 2);
		browser.driver().switchTo().window(browser.driver().getWindowHandles().stream()
			.filter(handle -> !handle.equals(tasklistWindow)).findFirst().orElseThrow());
		browser.waitForText("上传或粘贴数据");
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		String header = "监测点位\t日期\tPM2.5(μg/m³)\tPM10(μg/m³)\tSO2(μg/m³)\tNO2(μg/m³)\tCO(mg/m³)\tO3_8h(μg/m³)\n";
		browser.paste(browser.visible(By.id("cells")), header + "银行学校\t" + today.minusDays(1) + "\t90\t80\t10\t50\t1.0\t60\n");
		browser.click(By.xpath("//button[normalize-space(.)='保存粘贴的表格']"));
		browser.waitForText("数据未保存");
		assertThat(browser.bodyText()).contains("第 2 行“PM2.5”列：PM2.5（90）大于 PM10（80）");
		assertThat(browser.visible(By.id("cells")).getAttribute("value")).as("the pasted table is kept for mending")
			.contains("银行学校");
		browser.screenshot("03b-air-data-refused-with-row-and-column");
		browser.paste(browser.visible(By.id("cells")), header + "银行学校\t" + today.minusDays(2) + "\t120\t180\t10\t50\t1.0\t60\n" + "市监测站\t"
				+ today.minusDays(2) + "\t20\t45\t8\t30\t0.6\t90\n" + "银行学校\t" + today.minusDays(1)
				+ "\t60\t110\t9\t45\t0.8\t120\n" + "市监测站\t" + today.minusDays(1) + "\t30\t60\t8\t35\t0.6\t100\n");
		browser.click(By.xpath("//button[normalize-space(.)='保存粘贴的表格']"));
		browser.waitForText("数据已保存：4 个点位日");
		assertThat(browser.bodyText()).contains("四级 中度污染").contains("一级 优").contains("二级 良");
		browser.screenshot("03c-air-data-saved-with-chart-and-levels");
		browser.driver().close();
		browser.driver().switchTo().window(tasklistWindow);

		var textfields = browser.driver().findElements(By.cssSelector(".fjs-form-field-textfield input"));
		assertThat(textfields.get(0).getAttribute("value")).as("typed before the upload, still there").isEqualTo(title);
		Browser.clear(textfields.get(0));
		browser.waitForText("此项为必填项。");
		assertThat(browser.driver().findElement(By.xpath("//button[normalize-space(.)='完成']")).isEnabled()).isFalse();
		browser.screenshot("04-form-js-says-what-is-missing");
		browser.assertChineseChrome("the drafting form's validation", "jianceDrafter");
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.DRAFT);

		textfields.get(0).sendKeys(title);
		textfields.get(1).sendKeys("   ");
		var textareas = browser.driver().findElements(By.cssSelector(".fjs-form-field-textarea textarea"));
		textareas.get(0).sendKeys("全市 9 个国控点位 11 月下半月空气质量监测结果");
		textareas.get(1).sendKeys("AQI 日均值 76，优良天数 13 天。");
		// Typed as staff type a day, in the bureau's own order; stored exactly as typed.
		browser.driver().findElement(By.cssSelector("input[id$='Field_dateFormed']")).sendKeys("2026/11/27");
		browser.click(Browser.text("填写公开记录"));
		browser.click(By.xpath("//button[normalize-space(.)='完成']"));
		browser.waitForText("提交失败，请补充或修改：索引号不能为空");
		browser.screenshot("05-the-server-refuses-a-blank-index-number");
		assertThat(browser.englishInChrome("jianceDrafter")).isEmpty();
		assertThat(browser.bodyText()).doesNotContain("Cannot submit");
		browser.dismissNotifications();
		assertThat(records.get(recordId).status()).isEqualTo(RecordStatus.DRAFT);

		Browser.clear(textfields.get(1));
		textfields.get(1).sendKeys("ZZHB-2026-0300");
		browser.screenshot("06-drafting-form-filled");
		browser.click(By.xpath("//button[normalize-space(.)='完成']"));
		browser.waitUntil(() -> records.get(recordId).status() == RecordStatus.IN_REVIEW);
		browser.waitForText("已完成并提交：记录已转入下一环节");
		browser.screenshot("07-drafting-task-completed");

		var submitted = records.get(recordId);
		assertThat(submitted.title()).isEqualTo(title);
		assertThat(submitted.indexNo()).isEqualTo("ZZHB-2026-0300");
		assertThat(submitted.dateFormed()).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(attachments.list(recordId)).extracting(Attachment::fileName).containsExactly("监测数据.pdf");

		browser.loginAs("jianceHead", Staff.PASSWORD, "/camunda/app/tasklist/default/");
		browser.click(Browser.text("本组待办"));
		browser.click(Browser.textStarting("处室负责人审核："));
		browser.click(By.xpath("//button[normalize-space(.)='认领']"));
		// The person who claimed it, by name as colleagues write it: family name first, no space, in the task's header
		// and on its card in the list.
		browser.waitUntil(() -> browser.bodyText().contains("褚若溪") && !browser.bodyText().contains("若溪 褚"));
		browser.click(Browser.text("我的待办"));
		browser.waitUntil(() -> browser.driver().findElements(By.cssSelector(".tasks-list .task"))
			.stream()
			.anyMatch(card -> card.getText().contains("褚若溪")));
		assertThat(browser.bodyText()).doesNotContain("若溪 褚");
		browser.click(Browser.textStarting("处室负责人审核："));
		// The review is done on one screen: the record itself, read-only, above the decision.
		WebElement shownTitle = browser.visible(By.cssSelector("input[id$='Field_reviewTitle']"));
		assertThat(shownTitle.getAttribute("value")).isEqualTo(title);
		assertThat(shownTitle.isEnabled()).isFalse();
		assertThat(browser.driver().findElement(By.cssSelector("textarea[id$='Field_reviewBody']")).getAttribute("value"))
			.contains("AQI 日均值 76");
		assertThat(browser.driver().findElement(By.cssSelector("input[id$='Field_reviewAttachments']")).getAttribute("value"))
			.contains("监测数据.pdf");
		browser.screenshot("08a-unit-head-reads-the-record-in-the-form");
		WebElement data = browser.driver().findElement(By.cssSelector("textarea[id$='Field_reviewData']"));
		assertThat(data.getAttribute("value")).contains("4 个点位日")
			.contains("最高 AQI 158（中度污染")
			.as("every station-day of the table, with its level")
			.contains(today.minusDays(2) + " 银行学校：AQI 158 四级 中度污染，首要污染物 PM2.5；120、180、10、50、1、60、—");
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", data);
		browser.screenshot("08b-review-form-shows-the-whole-data-table");
		browser.click(By.xpath("//label[normalize-space(.)='同意']"));
		browser.visible(By.cssSelector("textarea[id$='Field_reviewComment']")).sendKeys("数据核对无误，同意。");
		browser.screenshot("08-unit-head-review");
		browser.click(By.xpath("//button[normalize-space(.)='完成']"));
		browser.waitForText("保密审查");

		browser.loginAs("admin", Staff.PASSWORD, "/camunda/app/cockpit/default/");
		browser.open("/camunda/app/cockpit/default/#/process-instance/" + instance.getId() + "/runtime");
		browser.waitForTextInWebapp("分级审核与保密审查");
		browser.settle();
		browser.screenshot("09-cockpit-process-instance");
		browser.assertChineseChrome("Cockpit", "admin", "env", "quality");

		browser.open("/camunda/app/admin/default/#/users");
		browser.waitForTextInWebapp("jianceDrafter");
		browser.settle();
		browser.screenshot("10-admin-users");
		browser.assertChineseChrome("Admin", "admin");

		browser.loginAs("jianceSecrecy", Staff.PASSWORD, "/camunda/app/tasklist/default/");
		browser.click(Browser.text("本组待办"));
		browser.click(Browser.textStarting("保密审查："));
		browser.click(By.xpath("//button[normalize-space(.)='认领']"));
		browser.click(By.xpath("//label[normalize-space(.)='同意公开']"));
		assertThat(browser.driver().findElement(By.cssSelector("textarea[id$='Field_reviewHistory']")).getAttribute("value"))
			.contains("处室负责人审核").contains("数据核对无误，同意。");
		browser.visible(By.cssSelector("textarea[id$='Field_reviewBasis']")).sendKeys("《中华人民共和国保守国家秘密法》及本局保密审查规定");
		browser.driver().findElement(By.cssSelector("textarea[id$='Field_reviewConclusion']")).sendKeys("不涉及国家秘密、商业秘密和个人隐私，同意公开。");
		browser.screenshot("11-secrecy-review");
		browser.click(By.xpath("//button[normalize-space(.)='完成']"));
		browser.waitUntil(() -> records.get(recordId).status() == RecordStatus.PUBLISHED);

		browser.driver().manage().deleteAllCookies();
		browser.open("/column/air-quality");
		browser.click(By.linkText(title));
		browser.waitForText("ZZHB-2026-0300");
		assertThat(browser.bodyText()).contains("监测处").contains("AQI 日均值 76").contains("监测数据.pdf");
		browser.screenshot("12-published-on-the-column");
		WebElement chart = browser.visible(By.cssSelector(".air-chart svg[role='img']"));
		assertThat(chart.getAttribute("aria-label")).contains("最高 AQI 158");
		assertThat(browser.driver().findElements(By.cssSelector(".air-chart polyline"))).hasSize(2);
		assertThat(browser.driver().findElement(By.xpath("//td[normalize-space(.)='四级 中度污染']")).getCssValue("background-color"))
			.as("the level's colour of HJ 633-2012 appendix A, beside its name")
			.isEqualTo("rgba(255, 0, 0, 1)");
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", chart);
		browser.screenshot("13-air-quality-chart-and-table-on-the-column");
	}

}
