package cn.gongkai.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.process.applications.ApplicationsProcess;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.AttachmentService;
import cn.gongkai.support.Desk;
import cn.gongkai.support.Files;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.RunningApplication;
import cn.gongkai.support.WebClient;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applications for government information through the real HTTP stack: the public form, its receipt and tracking page
 * with the correction form, the letters a session may read, and the staff's list, details and registration. The
 * office's decisions are taken on the process's register task, as Tasklist would send them. Each test has an hour of
 * its own on the engine's clock, since one address may send 5 applications an hour. November 2026 has no holiday.
 */
@GongkaiTest
class ApplicationPagesTest extends RunningApplication {

	static final String NAME = "申请人欧阳明";
	static final String DOCUMENT = "41010519900307123X";
	static final String PHONE = "0371-6688 1234";
	static final String EMAIL = "ouyang.apply@example.cn";
	static final String ADDRESS = "郑州市金水区测试路18号";
	static final String NOT_FOUND = "查询号或查询码不正确，请核对后重试";
	static final Pattern TRACKING = Pattern.compile("<dt>查询号</dt><dd>(YS[A-Z0-9]+)</dd>");
	static final Pattern CODE = Pattern.compile("<dt>查询码</dt><dd>([A-Z0-9]+)</dd>");

	@Autowired
	ApplicationService applications;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AttachmentService attachments;

	@Autowired
	Desk desk;

	@Test
	void anOnlineApplicationGetsAReceiptWhoseCodeFindsItAndTheTrackingPageNeverShowsWhoApplied() {
		Desk.clockAt("2026-11-09T10:00:00+08:00");
		WebClient applicant = new WebClient(port);
		String form = applicant.get("/apply").body();
		assertThat(form).contains("申请须知").contains("第二十九条").contains("以双方确认之日为收到申请之日（第三十一条）")
			.contains("20个工作日内答复").contains("最长不超过20个工作日（第三十三条）").contains("第三十条")
			.contains("<option value=\"NATURAL_PERSON\">自然人</option>").contains("name=\"website\"");
		long before = count();

		Map<String, String> fields = person("本市2026年10月各空气质量监测点位的日均值数据");
		fields.put("idDocument", DOCUMENT.toLowerCase());
		fields.put("submission", find(form, "name=\"submission\" value=\"([^\"]+)\""));
		String csrf = find(form, "name=\"_csrf\" value=\"([^\"]+)\"");
		HttpResponse<String> posted = applicant.postForm("/apply", csrf, fields);
		assertThat(posted.statusCode()).isEqualTo(302);
		String receipt = followed(applicant, posted).body();
		assertThat(receipt).contains("申请已提交").contains("请妥善保存，查询码只显示一次").doesNotContain(NAME);
		String trackingNo = find(receipt, TRACKING);
		String code = find(receipt, CODE);
		assertThat(count()).isEqualTo(before + 1);
		// A second click on 提交 posts the same form again: it shows the same receipt and files nothing.
		assertThat(followed(applicant, applicant.postForm("/apply", csrf, fields)).body()).contains(trackingNo);
		assertThat(count()).isEqualTo(before + 1);
		assertThat(jdbc.sql("SELECT id_document FROM gk_application WHERE tracking_no = :t").param("t", trackingNo)
			.query(String.class).single()).isEqualTo(DOCUMENT);

		String waiting = lookup(new WebClient(port), trackingNo, code.toLowerCase());
		assertThat(waiting).contains("<dd>" + trackingNo + "</dd>").contains("已提交，待确认收到").contains("网上申请")
			.contains("2026-11-09 10:00").contains("待确认（本局确认收到后显示）").doesNotContain("答复截止日期");
		assertNoIdentity(waiting);

		// The office confirms receipt the same day and assigns it: the 20 working days run from it.
		assign(id(trackingNo), "zhidui");
		String handling = lookup(new WebClient(port), trackingNo, code);
		assertThat(handling).contains("办理中").contains("<dt>收到申请日期</dt><dd>2026-11-09</dd>")
			.contains("<dt>答复期限起算日</dt><dd>2026-11-09（自次日起计算工作日）</dd>")
			.contains("<dt>答复截止日期</dt>").contains("<span>2026-12-07</span>")
			.contains("自收到申请之日起20个工作日内答复（条例第三十三条）");
		assertNoIdentity(handling);
	}

	/**
	 * The unit consults a third party (the clock stops, its name stays with the staff), then answers; the answer's
	 * letter and the file released with it reach the applicant's session and no other.
	 */
	@Test
	void anAnsweredApplicationShowsItsConsultationLetterAndReleasedFileToTheApplicantOnly() {
		Desk.clockAt("2026-11-18T10:00:00+08:00");
		String receipt = submit(new WebClient(port), person("某化工企业2026年自行监测报告")).body();
		String trackingNo = find(receipt, TRACKING);
		String code = find(receipt, CODE);
		long id = id(trackingNo);
		assign(id, "zhidui");
		String thirdParty = "郑州某化工有限公司";
		handle(id, Map.of(ApplicationsProcess.VAR_HANDLING_ACTION, ApplicationsProcess.CONSULT,
				ApplicationsProcess.VAR_THIRD_PARTY, thirdParty, ApplicationsProcess.VAR_CONSULT_MATTERS, "报告是否涉及商业秘密"));

		WebClient applicant = new WebClient(port);
		String consulting = lookup(applicant, trackingNo, code);
		assertThat(consulting).contains("<dt>征求第三方意见</dt>").contains("2026-11-18 开始，尚未答复；所需时间不计算在答复期限内")
			.contains("征求第三方意见（尚未答复，按15个工作日计）").doesNotContain(thirdParty).doesNotContain("商业秘密");
		assertNoIdentity(consulting);
		WebClient zhidui = new WebClient(port).login("zhiduiHead");
		assertThat(zhidui.get("/workspace/applications/" + id).body()).contains(thirdParty).contains("报告是否涉及商业秘密");

		desk.complete(instance(id), ApplicationsProcess.TASK_RECORD_OPINION, "zhiduiDrafter",
				Map.of(ApplicationsProcess.VAR_THIRD_PARTY_OPINION, "AGREES"));
		// The answer's record is drafted with the unit's task: the file to release goes on it before the answer.
		long recordId = applications.get(id).answerRecordId();
		long fileId = attachments.attach(recordId, "自行监测报告.pdf", Files.pdf(), "zhiduiDrafter");
		handle(id, answer("现提供该企业2026年自行监测报告，见附件。"));
		assertThat(new WebClient(port).login("admin").get("/records/" + recordId).statusCode())
			.as("the answer is for its handling staff and reviewers, not the platform's administrators").isEqualTo(404);
		assertThat(new WebClient(port).login("officeHead").get("/records/" + recordId).statusCode()).isEqualTo(200);
		assertThat(new WebClient(port).login("zhiduiHead").get("/records/" + recordId).body())
			.as("the reviewers read the answer addressed to the tracking number").doesNotContain(NAME);
		desk.approveAndPublish(instance(id), "zhidui");
		assertThat(applications.get(id).status()).isEqualTo(ApplicationStatus.ANSWERED);

		String answered = lookup(applicant, trackingNo, code);
		Letter letter = applications.letters(id).stream().filter(l -> l.kind() == LetterKind.ANSWER).findFirst()
			.orElseThrow();
		assertThat(answered).contains("<dd>已答复</dd>").contains("<dt>答复日期</dt><dd>2026-11-18</dd>")
			.contains("<dt>答复类型</dt><dd>予以公开</dd>").contains("2026-11-18 开始，2026-11-18 结束")
			.contains("href=\"/apply/letters/" + letter.id() + "\"").contains("href=\"/apply/files/" + fileId + "\"")
			.contains("自行监测报告.pdf").doesNotContain("答复截止日期").doesNotContain(thirdParty);
		assertNoIdentity(answered);
		assertThat(applicant.get("/apply/letters/" + letter.id()).body()).contains("见附件").contains("自行监测报告.pdf");
		HttpResponse<byte[]> file = applicant.getBytes("/apply/files/" + fileId);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type")).contains("application/pdf");
		assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
		assertThat(file.body()).isEqualTo(Files.pdf());
		assertThat(new WebClient(port).get("/apply/files/" + fileId).statusCode()).isEqualTo(404);
		WebClient guesser = new WebClient(port);
		lookup(guesser, trackingNo, "WRONG234");
		assertThat(guesser.get("/apply/files/" + fileId).statusCode()).isEqualTo(404);
	}

	@Test
	void aRefusedFormNamesEveryProblemInChineseKeepsWhatWasTypedAndStoresNothing() {
		Desk.clockAt("2026-11-10T10:00:00+08:00");
		WebClient applicant = new WebClient(port);
		long before = count();
		Map<String, String> fields = new HashMap<>();
		fields.put("applicantKind", "COMMERCIAL");
		fields.put("applicantName", "某某环保科技有限公司");
		fields.put("idDocument", "9141 0100");
		fields.put("contactPerson", "");
		fields.put("phone", "请打总机");
		fields.put("email", "not-an-email");
		fields.put("postalAddress", "");
		fields.put("description", "");
		fields.put("infoForm", "");
		fields.put("delivery", "POST");
		fields.put("website", "");
		String form = applicant.get("/apply").body();
		String submission = find(form, "name=\"submission\" value=\"([^\"]+)\"");
		fields.put("submission", submission);
		HttpResponse<String> refused = applicant.postForm("/apply", find(form, "name=\"_csrf\" value=\"([^\"]+)\""), fields);

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("提交未成功").contains("<li>请填写联系人</li>")
			.contains("<li>统一社会信用代码只能包含数字、字母和连字符</li>").contains("<li>联系电话只能包含数字、空格和连字符</li>")
			.contains("<li>电子邮箱格式不正确</li>").contains("<li>请填写所需政府信息的名称、文号或者特征性描述</li>")
			.contains("<li>请选择所需信息的提供形式</li>").contains("<li>选择邮寄获取的，请填写通信地址</li>");
		assertThat(refused.body()).contains("value=\"某某环保科技有限公司\"").contains("value=\"9141 0100\"")
			.contains("value=\"请打总机\"").contains("value=\"not-an-email\"")
			.contains("<option value=\"COMMERCIAL\" selected=\"selected\">商业企业</option>")
			.contains("<option value=\"POST\" selected=\"selected\">邮寄</option>")
			// The labels follow the kind typed: an enterprise gives its name and its credit code.
			.contains(">单位名称</span>（必填）").contains(">统一社会信用代码</span>（必填）");
		assertThat(count()).isEqualTo(before);

		Map<String, String> unknownKind = person("要求公开本市2025年重点排污单位名录");
		unknownKind.put("applicantKind", "ROBOT");
		unknownKind.put("description", "第一行\n第二行");
		String another = applicant.get("/apply").body();
		unknownKind.put("submission", find(another, "name=\"submission\" value=\"([^\"]+)\""));
		String kindRefused = applicant.postForm("/apply", find(another, "name=\"_csrf\" value=\"([^\"]+)\""), unknownKind)
			.body();
		assertThat(kindRefused).contains("<li>请选择申请人类型</li>").contains(">第一行\n第二行</textarea>")
			.contains(">申请人姓名或单位名称</span>（必填）");
		assertThat(count()).isEqualTo(before);

		// The refused form may be put right and sent again with the same token.
		fields.put("idDocument", "91410100MA44XXXX1Y");
		fields.put("contactPerson", "王经理");
		fields.put("phone", "0371-66001234");
		fields.put("email", "");
		fields.put("postalAddress", "郑州市二七区某路1号");
		fields.put("description", "贵局2026年对本公司的监督性监测报告");
		fields.put("infoForm", "PAPER");
		HttpResponse<String> accepted = followed(applicant,
				applicant.postForm("/apply", find(refused.body(), "name=\"_csrf\" value=\"([^\"]+)\""), fields));
		assertThat(accepted.body()).contains("申请已提交");
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void theHiddenFieldAProgramFillsFilesNothing() {
		Desk.clockAt("2026-11-10T15:00:00+08:00");
		long before = count();
		Map<String, String> bot = person("任意内容");
		bot.put("website", "http://spam.example");
		assertThat(submit(new WebClient(port), bot).body()).contains("提交未被受理，请刷新页面后重新填写")
			.doesNotContain("申请已提交");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aWrongCodeFindsNothingAndDoesNotSayWhichOfTheTwoWasWrong() {
		Desk.clockAt("2026-11-11T10:00:00+08:00");
		String receipt = submit(new WebClient(port), person("本市2026年第三季度地表水水质")).body();
		String trackingNo = find(receipt, TRACKING);
		String code = find(receipt, CODE);
		String otherCode = code.equals("AAAAAAAA") ? "BBBBBBBB" : "AAAAAAAA";
		WebClient visitor = new WebClient(port);

		String wrongCode = lookup(visitor, trackingNo, otherCode);
		String wrongNumber = lookup(visitor, "YS20261111ZZZZZZ", code);
		String nothing = lookup(visitor, "", "");
		for (String page : new String[] { wrongCode, wrongNumber, nothing }) {
			assertThat(find(page, "<p class=\"error\" role=\"alert\">([^<]*)</p>")).isEqualTo(NOT_FOUND);
			assertThat(page).doesNotContain("办理进展").doesNotContain("办理状态").doesNotContain("告知书和答复书");
		}
		assertThat(lookup(visitor, trackingNo, code)).contains("办理进展").doesNotContain(NOT_FOUND);
	}

	@Test
	void aLetterIsReadOnlyInASessionThatLookedItsApplicationUp() {
		Desk.clockAt("2026-11-12T10:00:00+08:00");
		String first = submit(new WebClient(port), person("本市噪声监测点位分布图")).body();
		String second = submit(new WebClient(port), person("本市2026年环境统计公报")).body();
		long firstId = id(find(first, TRACKING));
		askForCorrection(firstId, "请写明所需分布图的年份和区域", 10);
		Letter letter = applications.letters(firstId).get(0);
		assertThat(letter.kind()).isEqualTo(LetterKind.CORRECTION);
		String letterPath = "/apply/letters/" + letter.id();

		WebClient owner = new WebClient(port);
		String track = lookup(owner, find(first, TRACKING), find(first, CODE));
		assertThat(track).contains("href=\"" + letterPath + "\"").contains(letter.title()).contains("2026-11-12");
		HttpResponse<String> shown = owner.get(letterPath);
		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).contains("<h1>" + letter.title() + "</h1>").contains("class=\"letter-body\"")
			.contains("请写明所需分布图的年份和区域").contains("第三十条").contains("href=\"" + letterPath + ".txt\"");
		HttpResponse<byte[]> text = owner.getBytes(letterPath + ".txt");
		assertThat(text.statusCode()).isEqualTo(200);
		assertThat(text.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type.toLowerCase().replace(" ", "")).isEqualTo("text/plain;charset=utf-8"));
		String disposition = text.headers().firstValue("Content-Disposition").orElseThrow();
		assertThat(disposition).startsWith("attachment;");
		assertThat(URLDecoder.decode(find(disposition, "filename\\*=UTF-8''([^;\\s]+)"), StandardCharsets.UTF_8))
			.isEqualTo(letter.title() + ".txt");
		String body = new String(text.body(), StandardCharsets.UTF_8);
		assertThat(body).startsWith("\uFEFF" + letter.title() + "\r\n").contains("请写明所需分布图的年份和区域");

		// Another applicant's session, a session that looked nothing up and one with a wrong code read nothing.
		WebClient otherApplicant = new WebClient(port);
		assertThat(lookup(otherApplicant, find(second, TRACKING), find(second, CODE))).contains("办理进展");
		WebClient guesser = new WebClient(port);
		assertThat(lookup(guesser, find(first, TRACKING), "WRONG234")).contains(NOT_FOUND);
		for (WebClient stranger : new WebClient[] { otherApplicant, new WebClient(port), guesser }) {
			assertThat(stranger.get(letterPath).statusCode()).isEqualTo(404);
			assertThat(stranger.get(letterPath + ".txt").statusCode()).isEqualTo(404);
		}
		// Nothing was released with an answer: no file is served, even to the applicant.
		assertThat(owner.get("/apply/files/1").statusCode()).isEqualTo(404);

		// Staff read the letter as it was sent, from the application's page.
		WebClient office = new WebClient(port).login("officeDrafter");
		String staffLetter = "/workspace/applications/" + firstId + "/letters/" + letter.id();
		assertThat(office.get("/workspace/applications/" + firstId).body()).contains("href=\"" + staffLetter + "\"");
		assertThat(office.get(staffLetter).body()).contains("请写明所需分布图的年份和区域").contains(NAME);
		assertThat(new WebClient(port).login("jianceHead").get(staffLetter).statusCode()).isEqualTo(404);
	}

	@Test
	void anApplicantAskedForACorrectionSendsItFromTheTrackingPage() {
		Desk.clockAt("2026-11-13T10:00:00+08:00");
		String receipt = submit(new WebClient(port), person("有关那个工厂的材料")).body();
		String trackingNo = find(receipt, TRACKING);
		String code = find(receipt, CODE);
		long id = id(trackingNo);
		askForCorrection(id, "请写明工厂的名称或所在位置，以及所需材料的种类", 10);

		WebClient applicant = new WebClient(port);
		String asked = lookup(applicant, trackingNo, code);
		assertThat(asked).contains("待补正").contains("请写明工厂的名称或所在位置，以及所需材料的种类")
			.contains("<dt>告知补正日期</dt><dd>2026-11-13</dd>").contains("<dt>补正期限</dt><dd>2026-11-27 前</dd>")
			.contains("action=\"/apply/correct\"").contains("value=\"" + trackingNo + "\"");
		assertNoIdentity(asked);

		String corrected = "郑州某化工有限公司（中原区）2025年的排污许可证及执法监测报告";
		String wrongCode = correct(applicant, trackingNo, "WRONG234", corrected);
		assertThat(wrongCode).contains(NOT_FOUND).contains(">" + corrected + "</textarea>").doesNotContain("办理进展");
		String empty = correct(applicant, trackingNo, code, "  ");
		assertThat(empty).contains("补正未成功").contains("<li>请填写补正后的申请内容</li>").contains("待补正");
		assertThat(applications.get(id).status()).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);

		String done = correct(applicant, trackingNo, code, corrected);
		assertThat(done).contains("补正后的申请已提交").contains("已提交，待确认收到")
			.contains("<dt>收到补正日期</dt><dd>2026-11-13</dd>").doesNotContain("action=\"/apply/correct\"");
		Application after = applications.get(id);
		assertThat(after.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(after.correctedOn()).isEqualTo(LocalDate.parse("2026-11-13"));
		assertThat(after.correctionText()).isEqualTo(corrected);
		// A second send of the same correction changes nothing and says why.
		assertThat(correct(applicant, trackingNo, code, corrected)).contains("本申请当前不需要补正（已提交，待确认收到）");
		assertThat(applications.get(id).correctedOn()).isEqualTo(LocalDate.parse("2026-11-13"));
	}

	@Test
	void theOfficeRegistersAPostalApplicationReceivedOnTheDayItWasSignedForAndNotAfterToday() {
		Desk.clockAt("2026-12-07T10:00:00+08:00");
		WebClient office = new WebClient(port).login("officeDrafter");
		assertThat(office.get("/workspace").body()).contains("href=\"/workspace/applications\"")
			.contains("href=\"/workspace/applications/new\"");
		String form = office.get("/workspace/applications/new").body();
		assertThat(form).contains("申请方式").contains("<option value=\"POST\">邮寄</option>")
			.doesNotContain("网上申请").contains("收到申请日期");
		long before = count();

		Map<String, String> fields = person("贵局2026年11月对某河道的水质监测报告");
		fields.remove("website");
		fields.put("channel", "POST");
		fields.put("receivedOn", "2026年12月8日");
		fields.put("submission", find(form, "name=\"submission\" value=\"([^\"]+)\""));
		String csrf = find(form, "name=\"_csrf\" value=\"([^\"]+)\"");
		HttpResponse<String> tomorrow = office.postForm("/workspace/applications/new", csrf, fields);
		assertThat(tomorrow.statusCode()).isEqualTo(200);
		assertThat(tomorrow.body()).contains("<li>收到申请日期不能晚于今天（2026-12-07）</li>")
			.contains("value=\"2026年12月8日\"").contains("<option value=\"POST\" selected=\"selected\">邮寄</option>")
			.contains("value=\"" + NAME + "\"");
		assertThat(count()).isEqualTo(before);

		fields.put("receivedOn", "2026/12/4");
		HttpResponse<String> registered = followed(office, office.postForm("/workspace/applications/new", csrf, fields));
		assertThat(registered.body()).contains("申请已登记").contains("<dd>邮寄</dd>").contains("<dd>2026-12-04</dd>");
		String trackingNo = find(registered.body(), TRACKING);
		String code = find(registered.body(), CODE);
		assertThat(count()).isEqualTo(before + 1);
		Application application = applications.get(id(trackingNo));
		assertThat(application.channel()).isEqualTo(Channel.POST);
		assertThat(application.receivedOn()).isEqualTo(LocalDate.parse("2026-12-04"));
		assertThat(application.registeredBy()).isEqualTo("officeDrafter");

		String tracked = lookup(new WebClient(port), trackingNo, code);
		assertThat(tracked).contains("<dd>邮寄</dd>").contains("<dt>收到申请日期</dt><dd>2026-12-04</dd>");
		assertNoIdentity(tracked);
		assertThat(new WebClient(port).login("officeHead").get("/workspace/applications").body()).contains(trackingNo);

		// Only the office's drafters register; another of the office, or a unit's drafter, is refused.
		for (String user : new String[] { "officeHead", "jianceDrafter" }) {
			WebClient staff = new WebClient(port).login(user);
			assertThat(staff.get("/workspace/applications/new").statusCode()).as(user).isEqualTo(403);
			assertThat(staff.postForm("/workspace/applications/new", staff.csrfOf("/apply/track"), fields).statusCode())
				.as(user)
				.isEqualTo(403);
			assertThat(staff.get("/workspace").body()).as(user).doesNotContain("/workspace/applications/new");
		}
		assertThat(count()).isEqualTo(before + 1);
	}

	@Test
	void onlyTheOfficeAndTheAssignedUnitSeeAnApplicationAndWhoSentIt() {
		Desk.clockAt("2026-11-16T10:00:00+08:00");
		String assigned = find(submit(new WebClient(port), person("某工业园区2026年环境影响评价文件")).body(), TRACKING);
		String waiting = find(submit(new WebClient(port), person("某污水处理厂在线监测数据")).body(), TRACKING);
		long id = id(assigned);
		assign(id, "zhidui");
		String detail = "/workspace/applications/" + id;

		for (String user : new String[] { "zhiduiHead", "officeSecrecy" }) {
			WebClient staff = new WebClient(port).login(user);
			HttpResponse<String> page = staff.get(detail);
			assertThat(page.statusCode()).as(user).isEqualTo(200);
			assertThat(page.body()).as(user).contains(NAME).contains(DOCUMENT).contains(PHONE).contains(EMAIL).contains(ADDRESS)
				.contains("某工业园区2026年环境影响评价文件").contains("市环境监察支队").contains("2026-11-16");
			assertThat(staff.get("/workspace/applications").body()).as(user).contains(assigned);
		}
		WebClient zhidui = new WebClient(port).login("zhiduiDrafter");
		assertThat(zhidui.get("/workspace").body()).contains("href=\"/workspace/applications\"");
		assertThat(zhidui.get("/workspace/applications").body()).contains(assigned).doesNotContain(waiting);
		assertThat(zhidui.get("/workspace/applications/" + id(waiting)).statusCode()).isEqualTo(404);
		assertThat(new WebClient(port).login("officeDrafter").get("/workspace/applications").body()).contains(assigned)
			.contains(waiting);

		// Another unit, and the platform administrators, are told it does not exist.
		for (String user : new String[] { "jianceHead", "admin" }) {
			WebClient staff = new WebClient(port).login(user);
			assertThat(staff.get(detail).statusCode()).as(user).isEqualTo(404);
			assertThat(staff.get("/workspace/applications").body()).as(user).doesNotContain(assigned);
		}
		assertThat(new WebClient(port).login("admin").get("/workspace").body()).doesNotContain("/workspace/applications");
		HttpResponse<String> anonymous = new WebClient(port).get(detail);
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void hostileTextIsShownAsTextOnEveryPageItAppears() {
		Desk.clockAt("2026-11-17T10:00:00+08:00");
		String script = "<script>alert('x')</script><a href=\"javascript:alert(1)\">点我</a>";
		String escaped = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;";
		WebClient applicant = new WebClient(port);
		Map<String, String> fields = person(script);
		fields.put("applicantName", "<script>alert('x')</script>");
		fields.put("phone", "<script>");
		String refused = submit(applicant, fields).body();
		assertThat(refused).contains("联系电话只能包含数字").contains(escaped).contains("value=\"&lt;script&gt;\"");
		assertInert(refused);

		fields.put("phone", PHONE);
		String receipt = submit(applicant, fields).body();
		String trackingNo = find(receipt, TRACKING);
		long id = id(trackingNo);
		assertThat(jdbc.sql("SELECT description FROM gk_application WHERE id = :id").param("id", id).query(String.class)
			.single()).isEqualTo(script);
		askForCorrection(id, "所述“" + script + "”不明确", 5);

		WebClient office = new WebClient(port).login("officeHead");
		String staffPage = office.get("/workspace/applications/" + id).body();
		String track = lookup(applicant, trackingNo, find(receipt, CODE));
		String letter = applicant.get("/apply/letters/" + applications.letters(id).get(0).id()).body();
		String staffLetter = office.get("/workspace/applications/" + id + "/letters/" + applications.letters(id).get(0).id())
			.body();
		for (String page : new String[] { staffPage, track, letter, staffLetter }) {
			assertThat(page).contains(escaped);
			assertInert(page);
		}
	}

	private static void assertInert(String page) {
		assertThat(page).doesNotContain("<script>alert").doesNotContain("href=\"javascript:");
	}

	private static void assertNoIdentity(String page) {
		assertThat(page).doesNotContain(NAME).doesNotContain(DOCUMENT).doesNotContain(DOCUMENT.toLowerCase())
			.doesNotContain(PHONE).doesNotContain(EMAIL).doesNotContain(ADDRESS);
	}

	private static Map<String, String> person(String description) {
		Map<String, String> fields = new HashMap<>();
		fields.put("applicantKind", "NATURAL_PERSON");
		fields.put("applicantName", NAME);
		fields.put("idDocument", DOCUMENT);
		fields.put("contactPerson", "");
		fields.put("phone", PHONE);
		fields.put("email", EMAIL);
		fields.put("postalAddress", ADDRESS);
		fields.put("description", description);
		fields.put("infoForm", "ELECTRONIC");
		fields.put("delivery", "EMAIL");
		fields.put("website", "");
		return fields;
	}

	/** As a browser does: the form (its tokens), the post, and the page the post redirects to. */
	private static HttpResponse<String> submit(WebClient visitor, Map<String, String> fields) {
		String form = visitor.get("/apply").body();
		Map<String, String> posted = new HashMap<>(fields);
		posted.put("submission", find(form, "name=\"submission\" value=\"([^\"]+)\""));
		return followed(visitor, visitor.postForm("/apply", find(form, "name=\"_csrf\" value=\"([^\"]+)\""), posted));
	}

	private static HttpResponse<String> followed(WebClient visitor, HttpResponse<String> response) {
		if (response.statusCode() != 302) {
			return response;
		}
		return visitor.get(response.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
	}

	private static String lookup(WebClient visitor, String trackingNo, String code) {
		return visitor.postForm("/apply/track", visitor.csrfOf("/apply/track"),
				Map.of("trackingNo", trackingNo, "secretCode", code)).body();
	}

	private static String correct(WebClient visitor, String trackingNo, String code, String text) {
		return visitor.postForm("/apply/correct", visitor.csrfOf("/apply/track"),
				Map.of("trackingNo", trackingNo, "secretCode", code, "correctionText", text)).body();
	}

	/** The office's decision on the register task of the application's process, as Tasklist sends it. */
	private void assign(long applicationId, String unit) {
		desk.complete(instance(applicationId), ApplicationsProcess.TASK_REGISTER, "officeDrafter", Map.of(
				ApplicationsProcess.VAR_REGISTER_DECISION, ApplicationsProcess.ASSIGN, ApplicationsProcess.VAR_HANDLING_UNIT, unit));
	}

	private void askForCorrection(long applicationId, String matters, int days) {
		desk.complete(instance(applicationId), ApplicationsProcess.TASK_REGISTER, "officeDrafter",
				Map.of(ApplicationsProcess.VAR_REGISTER_DECISION, ApplicationsProcess.CORRECT,
						ApplicationsProcess.VAR_CORRECTION_MATTERS, matters, ApplicationsProcess.VAR_CORRECTION_DAYS, days));
	}

	/** The handling unit's drafter completes its task, as Tasklist sends the form. */
	private void handle(long applicationId, Map<String, Object> form) {
		desk.complete(instance(applicationId), ApplicationsProcess.TASK_HANDLE, "zhiduiDrafter", form);
	}

	private static Map<String, Object> answer(String explanation) {
		Map<String, Object> form = new HashMap<>();
		form.put(ApplicationsProcess.VAR_HANDLING_ACTION, ApplicationsProcess.ANSWER);
		form.put(ApplicationsProcess.VAR_ANSWER_TYPE, "DISCLOSED");
		form.put(ApplicationsProcess.VAR_WITHHOLD_GROUND, null);
		form.put(ApplicationsProcess.VAR_ANSWER_EXPLANATION, explanation);
		return form;
	}

	private ProcessInstance instance(long applicationId) {
		ProcessInstance instance = engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processDefinitionKey(ApplicationsProcess.KEY)
			.processInstanceBusinessKey(String.valueOf(applicationId))
			.singleResult();
		assertThat(instance).as("the process of application %s", applicationId).isNotNull();
		return instance;
	}

	private long id(String trackingNo) {
		return jdbc.sql("SELECT id FROM gk_application WHERE tracking_no = :t").param("t", trackingNo).query(Long.class)
			.single();
	}

	private long count() {
		return jdbc.sql("SELECT COUNT(*) FROM gk_application").query(Long.class).single();
	}

	private static String find(String text, String regex) {
		return find(text, Pattern.compile(regex));
	}

	private static String find(String text, Pattern pattern) {
		Matcher m = pattern.matcher(text);
		assertThat(m.find()).as("%s in the page", pattern).isTrue();
		return m.group(1);
	}

}
