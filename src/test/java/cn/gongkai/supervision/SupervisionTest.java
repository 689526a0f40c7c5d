package cn.gongkai.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.UUID;

import cn.gongkai.obligation.DueRules;
import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.obligation.ObligationStatus;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.RecordStatus;
import cn.gongkai.support.Desk;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.WebClient;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The office's supervision of May 2031, prepared by hand, against the page, the export and the drafted notice. */
@GongkaiTest
class SupervisionTest {

	static final YearMonth MAY = YearMonth.of(2031, 5);

	@LocalServerPort
	int port;

	@Autowired
	ObligationService obligations;

	@Autowired
	DueRules dueRules;

	@Autowired
	SupervisionService supervision;

	@Autowired
	BreachService breaches;

	@Autowired
	RecordService records;

	@Autowired
	ProcessEngine engine;

	@Autowired
	Desk desk;

	@Test
	void monthlyFiguresMatchAHandCountAndTheNoticeNamesTheUnitsThatFellBehind() throws Exception {
		prepareMay();
		// By hand: 市环境监察支队 3 due (1 on time, 1 late, 1 open); 经开区 2 due (both on time); 危废中心 1 due (open),
		// its cancelled one not counted; 市环境监察支队's June obligation not in May.
		// At 20 May 10:00, 市环境监察支队's open one is due that evening (not overdue), 危废中心's was due on the 15th.
		assertThat(supervision.month(MAY)).containsExactly(new UnitFigures("zhidui", "市环境监察支队", 3, 1, 1, 1, 0),
				new UnitFigures("jingkai", "经开区环境监察支队", 2, 2, 0, 0, 0), new UnitFigures("weifei", "危废中心", 1, 0, 0, 1, 1));

		WebClient office = new WebClient(port).login("supervisor");
		String page = office.get("/supervision?month=2031-05").body();
		assertThat(page).contains("信息公开督查").contains("2031年5月").contains("市环境监察支队").contains("五月未报的执法结果")
			.contains("通报将点名以下单位").contains("危废中心：到期 1 项，逾期完成 0 项，逾期未完成 1 项");
		String csv = new String(office.getBytes("/supervision/export?month=2031-05").body(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).isEqualTo("\uFEFF单位,到期,按时完成,逾期完成,尚未完成,其中已逾期\r\n市环境监察支队,3,1,1,1,0\r\n"
				+ "经开区环境监察支队,2,2,0,0,0\r\n危废中心,1,0,0,1,1\r\n");

		HttpResponse<String> drafted = office.postForm("/supervision/notice", office.csrfOf("/supervision?month=2031-05"),
				Map.of("month", "2031-05"));
		assertThat(drafted.statusCode()).isEqualTo(302);
		ProcessInstance notice = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(ObligationProcess.KEY)
			.variableValueEquals(ReviewChainProcess.VAR_TYPE_KEY, "supervision-notice")
			.orderByProcessInstanceId()
			.desc()
			.list()
			.stream()
			.filter(pi -> records.get(Long.parseLong(pi.getBusinessKey())).title().equals("2031年5月环境信息公开工作情况通报"))
			.findFirst()
			.orElseThrow();
		var record = records.get(Long.parseLong(notice.getBusinessKey()));
		assertThat(record.unitId()).isEqualTo("office");
		assertThat(record.sectionKey()).isEqualTo("supervision-notices");
		assertThat(record.content().body()).contains("本月到期的公开事项共 6 项，按时完成 3 项，逾期完成 1 项，尚未完成 2 项（其中已逾期 1 项）")
			.contains("市环境监察支队：到期 3 项，逾期完成 1 项，逾期未完成 0 项")
			.contains("危废中心：到期 1 项，逾期完成 0 项，逾期未完成 1 项")
			.doesNotContain("经开区环境监察支队：");
		// A second click drafts nothing new: it opens the month's notice.
		long notices = obligations.openOfProcess(notice.getId()).size();
		HttpResponse<String> again = office.postForm("/supervision/notice", office.csrfOf("/supervision?month=2031-05"),
				Map.of("month", "2031-05"));
		assertThat(again.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/records/" + record.id()));
		assertThat(obligations.openOfProcess(notice.getId())).hasSize((int) notices);
		assertThat(records.findByOccasion("supervision-notice", "2031-05")).contains(record.id());
		// An obligation of the office like any other: due five working days after it was drafted, with its reason.
		var obligation = obligations.openOfProcess(notice.getId()).get(0);
		assertThat(obligation.unitId()).isEqualTo("office");
		assertThat(obligation.recordId()).isEqualTo(record.id());
		assertThat(obligation.due().explanation()).startsWith("通报自起草之日起5个工作日内发布");
		assertThat(desk.task(notice, ObligationProcess.TASK_EDIT_DRAFT).getDueDate()).isNotNull();

		// The office's drafter completes it; it is reviewed and published like any other record.
		BpmnAwareTests.init(engine);
		Map<String, Object> form = new java.util.HashMap<>(cn.gongkai.support.Staff.draft(record.title(), false, false));
		form.put("body", record.content().body());
		desk.complete(notice, ObligationProcess.TASK_EDIT_DRAFT, "officeDrafter", form);
		desk.approveAndPublish(notice, "office");
		BpmnAwareTests.assertThat(notice).isEnded().hasPassed(ObligationProcess.END_DONE);
		assertThat(obligations.get(obligation.id()).status()).isEqualTo(ObligationStatus.PUBLISHED);
		assertThat(records.get(record.id()).status()).isEqualTo(RecordStatus.PUBLISHED);
		assertThat(new WebClient(port).get("/column/supervision-notices").body()).contains("2031年5月环境信息公开工作情况通报");
		BpmnAwareTests.reset();
	}

	@Test
	void onlyTheOfficesSupervisorsAndAdministratorsSeeThePages() throws Exception {
		assertThat(new WebClient(port).login("jianceHead").get("/supervision").statusCode()).isEqualTo(403);
		assertThat(new WebClient(port).login("officeDrafter").get("/supervision/notifications").statusCode()).isEqualTo(403);
		assertThat(new WebClient(port).login("admin").get("/supervision").statusCode()).isEqualTo(200);
		WebClient office = new WebClient(port).login("supervisor");
		HttpResponse<String> badMonth = office.get("/supervision?month=2031-13");
		assertThat(badMonth.statusCode()).isEqualTo(400);
		assertThat(badMonth.body()).contains("月份格式无效");
		HttpResponse<String> badStatus = office.get("/supervision/notifications?status=BOGUS");
		assertThat(badStatus.statusCode()).isEqualTo(400);
		assertThat(badStatus.body()).contains("未知的发送状态");
		assertThat(office.get("/supervision/notifications?q=%3Cscript%3E").body()).doesNotContain("<script>")
			.contains("&lt;script&gt;");
		// Days typed as staff type them; one that is no day is said so in Chinese, not answered with an error page.
		HttpResponse<String> typed = office.get("/supervision/notifications?from=2031/5/1&to=2031%E5%B9%B45%E6%9C%8831%E6%97%A5");
		assertThat(typed.statusCode()).isEqualTo(200);
		assertThat(typed.body()).contains("value=\"2031-05-01\"").contains("value=\"2031-05-31\"");
		HttpResponse<String> noDay = office.get("/supervision/notifications?from=2031-02-30");
		assertThat(noDay.statusCode()).isEqualTo(200);
		assertThat(noDay.body()).contains("起始日期无法识别");
	}

	private void prepareMay() {
		Obligation zhiduiOnTime = open("zhidui", LocalDate.of(2031, 5, 9));
		Obligation zhiduiLate = open("zhidui", LocalDate.of(2031, 5, 12));
		open("zhidui", LocalDate.of(2031, 5, 20));
		open("zhidui", LocalDate.of(2031, 6, 2));
		Obligation jingkaiA = open("jingkai", LocalDate.of(2031, 5, 6));
		Obligation jingkaiB = open("jingkai", LocalDate.of(2031, 5, 28));
		Obligation weifeiOpen = open("weifei", LocalDate.of(2031, 5, 15));
		Obligation weifeiCancelled = open("weifei", LocalDate.of(2031, 5, 16));

		Desk.clockAt("2031-05-05T10:00:00+08:00");
		obligations.close(zhiduiOnTime.id(), ObligationStatus.PUBLISHED, "已公开");
		obligations.close(jingkaiA.id(), ObligationStatus.PUBLISHED, "已公开");
		obligations.close(weifeiCancelled.id(), ObligationStatus.CANCELLED, "不再需要");
		Desk.clockAt("2031-05-20T10:00:00+08:00");
		obligations.close(zhiduiLate.id(), ObligationStatus.PUBLISHED, "逾期后公开");
		obligations.close(jingkaiB.id(), ObligationStatus.WITHHELD, "依法不予公开");
		breaches.record("OBLIGATION", String.valueOf(weifeiOpen.id()), "weifei", "enforcement", "五月未报的执法结果",
				weifeiOpen.due().dueAt());
	}

	private Obligation open(String unit, LocalDate due) {
		return obligations.openForEvent("enforcement", unit, "supervision-test-" + UUID.randomUUID(), "五月执法结果",
				dueRules.fixedDay(due, "测试期限")).orElseThrow();
	}

}
