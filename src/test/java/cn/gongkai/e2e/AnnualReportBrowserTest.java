package cn.gongkai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import cn.gongkai.annualreport.ActiveRow;
import cn.gongkai.annualreport.AnnualReportForm;
import cn.gongkai.annualreport.AnnualReports;
import cn.gongkai.annualreport.RemedyRow;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.record.PublishedRecords;
import cn.gongkai.support.Desk;
import cn.gongkai.support.ScheduledObligations;
import cn.gongkai.support.Staff;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The office fills the year's report on its data page (a total that does not add up is refused and named, nothing
 * typed is lost), and the column shows the published report in the national layout, on screen and in print.
 */
class AnnualReportBrowserTest extends BrowserTest {

	@Autowired
	ScheduledObligations scheduled;

	@Autowired
	ObligationService obligations;

	@Autowired
	PublishedRecords published;

	@Autowired
	Desk desk;

	@Test
	void theOfficeFillsTheReportAndTheColumnShowsItInTheNationalLayout() {
		ProcessInstance pi = scheduled.open(AnnualReports.TYPE_KEY, "office", "2049", LocalDate.of(2049, 1, 31));
		long recordId = obligations.ofProcess(AnnualReports.TYPE_KEY, pi.getId()).orElseThrow().recordId();

		browser.loginAs("officeDrafter", Staff.PASSWORD, "/workspace");
		browser.open("/records/" + recordId + "/annual-report");
		browser.waitForText("三、收到和处理政府信息公开申请情况");
		browser.visible(By.id("overview")).sendKeys("2048年，本局坚持以公开为常态、不公开为例外，全年主动公开环境信息。");
		browser.driver().findElement(By.id("problems")).sendKeys("个别单位数据更新不及时，已通报并限期整改。");
		Map<String, String> figures = new HashMap<>();
		for (ActiveRow row : ActiveRow.values()) {
			for (ActiveRow.ActiveColumn column : row.columns()) {
				if (row != ActiveRow.PENALTY) {
					figures.put(AnnualReportForm.activeCell(row, column), column.money() ? "12.5" : "2");
				}
			}
		}
		for (RemedyRow row : RemedyRow.values()) {
			figures.put(AnnualReportForm.remedyCell(row, RemedyRow.RemedyColumn.UPHELD), "1");
			figures.put(AnnualReportForm.remedyCell(row, RemedyRow.RemedyColumn.CORRECTED), "0");
			figures.put(AnnualReportForm.remedyCell(row, RemedyRow.RemedyColumn.OTHER), "0");
			figures.put(AnnualReportForm.remedyCell(row, RemedyRow.RemedyColumn.PENDING), "1");
			figures.put(AnnualReportForm.remedyCell(row, RemedyRow.RemedyColumn.TOTAL), "2");
		}
		figures.put(AnnualReportForm.remedyCell(RemedyRow.RECONSIDERATION, RemedyRow.RemedyColumn.TOTAL), "3");
		figures.forEach((name, value) -> browser.driver().findElement(By.id(name)).sendKeys(value));
		browser.click(By.xpath("//button[normalize-space(.)='检查并保存年度报告']"));
		browser.waitForText("表四“行政复议”的总计为 3，不等于结果维持、结果纠正、其他结果、尚未审结之和 2");
		assertThat(browser.driver().findElement(By.id("overview")).getAttribute("value")).startsWith("2048年，本局坚持");
		browser.screenshot("r01-annual-report-refused-by-name");

		WebElement total = browser.driver()
			.findElement(By.id(AnnualReportForm.remedyCell(RemedyRow.RECONSIDERATION, RemedyRow.RemedyColumn.TOTAL)));
		Browser.clear(total);
		total.sendKeys("2");
		browser.click(By.xpath("//button[normalize-space(.)='检查并保存年度报告']"));
		browser.waitForText("2048年度报告已保存");
		browser.screenshot("r02-annual-report-saved");

		Map<String, Object> draft = new HashMap<>(Staff.draft("2048年度政府信息公开工作年度报告", false, false));
		draft.put("section", AnnualReports.SECTION);
		desk.complete(pi, ObligationProcess.TASK_EDIT_DRAFT, "officeDrafter", draft);
		desk.approveAndPublish(pi, "office");
		long versionId = published.latestVersionId(recordId).orElseThrow();

		browser.open("/column/records/" + versionId);
		browser.click(By.xpath("//a[normalize-space(.)='查看报告全文（可打印）']"));
		browser.waitForText("二、主动公开政府信息情况");
		assertThat(browser.bodyText()).contains("2048年，本局坚持以公开为常态").contains("第二十条第（一）项")
			.contains("结转下年度继续办理").contains("12.50");
		browser.screenshot("r03-annual-report-on-the-column");
		browser.print(true);
		browser.settle();
		browser.screenshot("r04-annual-report-as-printed");
		browser.print(false);
	}

}
