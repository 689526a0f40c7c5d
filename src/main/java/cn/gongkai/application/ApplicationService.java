package cn.gongkai.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.obligation.Due;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.obligation.ObligationStatus;
import cn.gongkai.record.AttachmentService;
import cn.gongkai.record.DraftContent;
import cn.gongkai.record.Days;
import cn.gongkai.record.Record;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.RecordStatus;
import cn.gongkai.record.TextHygiene;
import cn.gongkai.report.ReportProperties;
import cn.gongkai.report.ReportService;
import cn.gongkai.site.Bureau;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications for government information (依申请公开, docs/design.md §9): intake with the day of receipt the law
 * fixes, the office's registration, correction, extension and third-party consultation with their clocks, the answer
 * reviewed as a record and its letter kept as sent. Every input is checked here, whatever the form allowed.
 */
@Service
public class ApplicationService {

	public static final String TYPE_KEY = "applications";
	static final int MAX_NAME = 100;
	static final int MAX_DOCUMENT = 64;
	static final int MAX_DESCRIPTION = 4000;
	static final int MAX_TEXT = 2000;
	static final int MAX_EXPLANATION = 4000;
	private static final Pattern PHONE = Pattern.compile("[0-9][0-9 \\-]{4,18}[0-9]");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s.]{2,}");
	private static final Pattern DOCUMENT = Pattern.compile("[0-9A-Za-z\\-]{6,64}");
	private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final ApplicationRepository applications;
	private final ApplicationClocks clocks;
	private final ObligationService obligations;
	private final RecordService records;
	private final AttachmentService attachments;
	private final Catalogue catalogue;
	private final Bureau bureau;
	private final ReportProperties limits;
	private final ReportService reports;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ApplicationService(ApplicationRepository applications, ApplicationClocks clocks, ObligationService obligations,
			RecordService records, AttachmentService attachments, Catalogue catalogue, Bureau bureau,
			ReportProperties limits, ReportService reports, ApplicationEventPublisher events, Clock clock) {
		this.applications = applications;
		this.clocks = clocks;
		this.obligations = obligations;
		this.records = records;
		this.attachments = attachments;
		this.catalogue = catalogue;
		this.bureau = bureau;
		this.limits = limits;
		this.reports = reports;
		this.events = events;
		this.clock = clock;
	}

	/** An application sent through the public site: received when the office confirms it (条例第三十一条第三项). */
	@Transactional
	public ApplicationReceipt submitOnline(ApplicationForm form, String clientAddress) {
		if (form.website() != null && !form.website().isEmpty()) {
			// Only a program fills the hidden field; it learns nothing from the answer.
			throw new ApplicationRefusedException("提交未被受理，请刷新页面后重新填写");
		}
		String addressHash = sha256(limits.addressSalt() + "|application|" + clientAddress);
		reports.lockSender(addressHash);
		// After the lock: an application that waited for it counts those stored while it waited.
		OffsetDateTime now = OffsetDateTime.now(clock);
		if (applications.countFromAddressSince(addressHash, now.minusHours(1), now) >= limits.maxPerHour()) {
			throw new ApplicationRefusedException("提交过于频繁，请一小时后再试");
		}
		return store(form, Channel.ONLINE, null, addressHash, null, now);
	}

	/**
	 * A letter or a counter application the office copies in: received the day it was handed over or signed for,
	 * which staff give and which may not be after today.
	 */
	@Transactional
	public ApplicationReceipt register(ApplicationForm form, String channel, String receivedOn, String staffId) {
		List<String> problems = new ArrayList<>();
		Channel how = null;
		try {
			how = channel == null ? null : Channel.valueOf(channel);
		}
		catch (IllegalArgumentException ex) {
			// Named below.
		}
		if (how == null || how == Channel.ONLINE) {
			problems.add("请选择申请方式：当面提交或邮寄");
		}
		LocalDate today = today();
		LocalDate received = receivedOn == null || receivedOn.isBlank() ? null : Days.parse(receivedOn).orElse(null);
		if (received == null) {
			problems.add("请按 2026-12-07 的格式填写收到申请日期");
		}
		else if (received.isAfter(today)) {
			problems.add("收到申请日期不能晚于今天（" + today + "）");
		}
		else if (received.isBefore(today.minusYears(1))) {
			problems.add("收到申请日期不能早于一年前");
		}
		if (!problems.isEmpty()) {
			problems.addAll(formProblems(form));
			throw new ApplicationRefusedException(problems);
		}
		return store(form, how, received, null, staffId, OffsetDateTime.now(clock));
	}

	private ApplicationReceipt store(ApplicationForm form, Channel channel, LocalDate receivedOn, String addressHash,
			String staffId, OffsetDateTime now) {
		List<String> problems = formProblems(form);
		if (!problems.isEmpty()) {
			throw new ApplicationRefusedException(problems);
		}
		ApplicantKind kind = ApplicantKind.valueOf(form.applicantKind());
		String trackingNo = "YS" + now.atZoneSameInstant(clock.getZone()).toLocalDate().format(DAY) + code(6);
		String code = code(8);
		String salt = HexFormat.of().formatHex(bytes(16));
		long id = applications.insert(trackingNo, salt, sha256(salt + code), channel, kind, form.applicantName().strip(),
				form.idDocument().strip().toUpperCase(), optional(form.contactPerson()), form.phone().strip(),
				optional(form.email()), optional(form.postalAddress()), form.description().strip(),
				InfoForm.valueOf(form.infoForm()), Delivery.valueOf(form.delivery()), addressHash, staffId, now,
				receivedOn);
		events.publishEvent(new ApplicationReceived(id));
		return new ApplicationReceipt(id, trackingNo, code);
	}

	/** Every problem of the form, in Chinese; empty when it may be stored. */
	List<String> formProblems(ApplicationForm form) {
		List<String> problems = new ArrayList<>();
		ApplicantKind kind = parse(ApplicantKind.class, form.applicantKind());
		if (kind == null) {
			problems.add("请选择申请人类型");
		}
		text(form.applicantName(), kind != null && !kind.person() ? "单位名称" : "申请人姓名", MAX_NAME, true, problems);
		String document = text(form.idDocument(), kind == null ? "身份证明" : kind.documentLabel(), MAX_DOCUMENT, true,
				problems);
		if (document != null && !DOCUMENT.matcher(document).matches()) {
			problems.add((kind == null ? "身份证明" : kind.documentLabel()) + "只能包含数字、字母和连字符");
		}
		text(form.contactPerson(), "联系人", 50, kind != null && !kind.person(), problems);
		String phone = text(form.phone(), "联系电话", 20, true, problems);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			problems.add("联系电话只能包含数字、空格和连字符");
		}
		String email = text(form.email(), "电子邮箱", 200, false, problems);
		if (email != null && !EMAIL.matcher(email).matches()) {
			problems.add("电子邮箱格式不正确");
		}
		String address = text(form.postalAddress(), "通信地址", 200, false, problems);
		text(form.description(), "所需政府信息的名称、文号或者特征性描述", MAX_DESCRIPTION, true, problems);
		if (parse(InfoForm.class, form.infoForm()) == null) {
			problems.add("请选择所需信息的提供形式");
		}
		Delivery delivery = parse(Delivery.class, form.delivery());
		if (delivery == null) {
			problems.add("请选择获取信息的方式");
		}
		else if (delivery == Delivery.EMAIL && email == null) {
			problems.add("选择电子邮件获取的，请填写电子邮箱");
		}
		else if (delivery == Delivery.POST && address == null) {
			problems.add("选择邮寄获取的，请填写通信地址");
		}
		return problems;
	}

	public Application get(long id) {
		return applications.find(id).orElseThrow(() -> new IllegalStateException("No application " + id));
	}

	public Optional<Application> find(long id) {
		return applications.find(id);
	}

	public List<Application> list(ApplicationStatus status, String unitId, int limit) {
		return applications.list(status, unitId, Math.max(1, Math.min(limit, 500)));
	}

	/** The application, only for the right tracking number and secret code; nothing tells which was wrong. */
	public Optional<Application> lookup(String trackingNo, String secretCode) {
		if (trackingNo == null || secretCode == null || trackingNo.length() > 24 || secretCode.length() > 20) {
			return Optional.empty();
		}
		return applications.secret(trackingNo.strip().toUpperCase()).filter(secret -> {
			String given = sha256(secret.salt() + secretCode.strip().toUpperCase());
			return MessageDigest.isEqual(secret.hash().getBytes(StandardCharsets.US_ASCII),
					given.getBytes(StandardCharsets.US_ASCII));
		}).flatMap(secret -> applications.find(secret.id()));
	}

	/** The year's applications, counted as the national annual report format counts them. */
	public ApplicationYear year(int year) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		ApplicationYear figures = ApplicationYear.zero(year);
		for (Application a : applications.receivedByAndOpenOn(first, last)) {
			ApplicantKind kind = a.applicantKind();
			if (a.receivedOn().isBefore(first)) {
				figures.carriedOver().merge(kind, 1, Integer::sum);
			}
			else {
				figures.received().merge(kind, 1, Integer::sum);
			}
			boolean closedInYear = !a.status().open() && a.answeredOn() != null && !a.answeredOn().isAfter(last);
			if (closedInYear) {
				figures.outcomes().get(OutcomeRow.of(a.status(), a.answerType(), a.withholdGround()))
					.merge(kind, 1, Integer::sum);
			}
			else {
				figures.carriedForward().merge(kind, 1, Integer::sum);
			}
		}
		return figures;
	}

	/** The applications counted in one cell of the year's table, for the staff to check a figure against its list. */
	public List<Application> counted(int year, String row, ApplicantKind kind) {
		LocalDate first = LocalDate.of(year, 1, 1);
		LocalDate last = LocalDate.of(year, 12, 31);
		return applications.receivedByAndOpenOn(first, last).stream()
			.filter(a -> kind == null || a.applicantKind() == kind)
			.filter(a -> {
				boolean before = a.receivedOn().isBefore(first);
				boolean closed = !a.status().open() && a.answeredOn() != null && !a.answeredOn().isAfter(last);
				return switch (row) {
					case "received" -> !before;
					case "carriedOver" -> before;
					case "carriedForward" -> !closed;
					case "total" -> closed;
					default -> closed && OutcomeRow.of(a.status(), a.answerType(), a.withholdGround()).name().equals(row);
				};
			})
			.toList();
	}

	@Transactional
	public void attachProcess(long id, String processInstanceId) {
		applications.attachProcess(id, processInstanceId);
	}

	public List<Letter> letters(long id) {
		return applications.letters(id);
	}

	public List<Pause> pauses(long id) {
		return applications.pauses(id);
	}

	/** When the office must confirm and assign it: the next working day after it arrived or was corrected. */
	public Due registrationDue(long id) {
		Application a = get(id);
		LocalDate arrived = a.correctedOn() != null ? a.correctedOn()
				: a.receivedOn() != null ? a.receivedOn() : a.submittedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
		return clocks.registrationDue(arrived);
	}

	/** The last day an extension may be approved and told: the end of the first period. */
	public LocalDate firstPeriodEnd(long id) {
		return clocks.firstPeriodEnd(get(id), applications.pauses(id));
	}

	/** When the unit records the opinion of the third party consulted now; empty when none is consulted. */
	public Optional<Due> opinionDue(long id) {
		return applications.pauses(id).stream().filter(Pause::open).findFirst()
			.map(p -> clocks.opinionDue(p.startedOn()));
	}

	/** The answer's due time, while the application is being handled. */
	public Due answerDue(long id) {
		Application a = get(id);
		return clocks.answerDue(a, applications.pauses(id));
	}

	/**
	 * The office confirms receipt and gives the application to the unit that holds the information: an online
	 * application is received today; the answer period starts, and with it the unit's obligation to answer, watched
	 * and counted like every other.
	 */
	@Transactional
	public Due assign(long id, String unitId) {
		Application a = lock(id);
		requireStatus(a, ApplicationStatus.SUBMITTED);
		if (unitId == null || !catalogue.type(TYPE_KEY).units().contains(unitId)) {
			throw new ApplicationRefusedException("请选择承办单位（掌握该信息的单位）");
		}
		LocalDate received = a.receivedOn() != null ? a.receivedOn() : today();
		LocalDate start = a.correctedOn() != null ? a.correctedOn() : received;
		Due due = clocks.answerDue(start, a.correctedOn() != null, a.extensionDays(), applications.pauses(id));
		long obligationId = obligations.openForEvent(TYPE_KEY, unitId, "application:" + id, a.title(), due)
			.orElseThrow(() -> new IllegalStateException("Application " + id + " was assigned before"))
			.id();
		applications.assign(id, received, start, unitId, obligationId);
		if (a.processInstanceId() != null) {
			// The escalation finds the work of an obligation through the instance that holds it.
			obligations.attachProcess(obligationId, a.processInstanceId());
		}
		return due;
	}

	/**
	 * The office asks the applicant to correct an unclear application, once, within 7 working days of receipt
	 * (条例第三十条), giving the matters and a period of 1 to 30 working days; the notice is sent at once.
	 */
	@Transactional
	public Letter requestCorrection(long id, String matters, int periodWorkingDays) {
		Application a = lock(id);
		requireStatus(a, ApplicationStatus.SUBMITTED);
		if (a.correctionRequested()) {
			throw new ApplicationRefusedException("补正只能一次性告知：本申请已于" + a.correctionRequestedOn()
					+ "告知补正，补正后仍不明确的，请交办承办单位按“补正后申请内容仍不明确”答复");
		}
		LocalDate today = today();
		LocalDate received = a.receivedOn() != null ? a.receivedOn() : today;
		LocalDate limit = clocks.correctionNoticeLimit(received);
		if (today.isAfter(limit)) {
			throw new ApplicationRefusedException("补正告知应在收到申请之日起7个工作日内作出（截止 " + limit + "），已超过期限，不能再要求补正");
		}
		List<String> problems = new ArrayList<>();
		String text = text(matters, "需要补正的事项", MAX_TEXT, true, problems);
		if (periodWorkingDays < 1 || periodWorkingDays > ApplicationClocks.MAX_CORRECTION_PERIOD) {
			problems.add("补正期限应为 1 至 " + ApplicationClocks.MAX_CORRECTION_PERIOD + " 个工作日");
		}
		if (!problems.isEmpty()) {
			throw new ApplicationRefusedException(problems);
		}
		LocalDate due = clocks.afterWorkingDays(today, periodWorkingDays);
		applications.requestCorrection(id, received, text, today, due);
		Application asked = get(id);
		return issue(asked, LetterKind.CORRECTION, ReplyLetters.correction(bureau.name(), asked, text, due, today));
	}

	/**
	 * The corrected application arrives (from the applicant's tracking page, or copied in by the office): the answer
	 * period will count from today. Too late, it is refused: the application was treated as withdrawn.
	 */
	@Transactional
	public void correct(long id, String text) {
		Application a = lock(id);
		if (a.status() != ApplicationStatus.CORRECTION_REQUESTED) {
			throw new ApplicationRefusedException("本申请当前不需要补正（" + a.status().label() + "）");
		}
		List<String> problems = new ArrayList<>();
		String corrected = text(text, "补正后的申请内容", MAX_DESCRIPTION, true, problems);
		if (!problems.isEmpty()) {
			throw new ApplicationRefusedException(problems);
		}
		LocalDate today = today();
		if (today.isAfter(a.correctionDue())) {
			throw new ApplicationRefusedException("补正期限已于" + a.correctionDue() + "届满");
		}
		applications.corrected(id, today, corrected);
		events.publishEvent(new ApplicationCorrected(id));
	}

	/** Not corrected in the period set: treated as withdrawn (条例第三十条), and the applicant told so. */
	@Transactional
	public Letter treatAsWithdrawn(long id) {
		Application a = lock(id);
		requireStatus(a, ApplicationStatus.CORRECTION_REQUESTED);
		LocalDate today = today();
		applications.close(id, ApplicationStatus.WITHDRAWN, today);
		return issue(a, LetterKind.WITHDRAWN, ReplyLetters.withdrawn(bureau.name(), a, today));
	}

	/** Whether the unit may still ask for an extension: once, and before the first period ends. */
	public void checkExtensionRequest(long id, String reason) {
		Application a = get(id);
		requireStatus(a, ApplicationStatus.HANDLING);
		if (a.extensionDays() > 0) {
			throw new ApplicationRefusedException("答复期限已经延长过一次（" + a.extensionDays() + "个工作日），不能再次延长");
		}
		LocalDate firstEnd = clocks.firstPeriodEnd(a, applications.pauses(id));
		if (today().isAfter(firstEnd)) {
			throw new ApplicationRefusedException("延长答复期限应在首次答复期限届满（" + firstEnd + "）前经批准并告知申请人，现已超过，不能延长");
		}
		List<String> problems = new ArrayList<>();
		text(reason, "延期理由", MAX_TEXT, true, problems);
		if (!problems.isEmpty()) {
			throw new ApplicationRefusedException(problems);
		}
	}

	/**
	 * The head of the disclosure office approved an extension (条例第三十三条第二款): at most 20 working days, only
	 * before the first period ends, recorded with who asked and who approved, and the applicant told at once.
	 */
	@Transactional
	public Letter approveExtension(long id, int days, String reason, String requestedBy, String approvedBy) {
		Application a = lock(id);
		checkExtensionRequest(id, reason);
		if (days < 1 || days > ApplicationClocks.MAX_EXTENSION_DAYS) {
			throw new ApplicationRefusedException("延长的期限应为 1 至 " + ApplicationClocks.MAX_EXTENSION_DAYS + " 个工作日");
		}
		if (approvedBy.equals(requestedBy)) {
			throw new ApplicationRefusedException("延期须由政府信息公开工作机构负责人批准，申请人本人不能批准");
		}
		LocalDate today = today();
		applications.extend(id, days, reason.strip(), requestedBy, approvedBy, today);
		Application extended = get(id);
		Due due = clocks.answerDue(extended, applications.pauses(id));
		obligations.moveDue(a.obligationId(), due);
		return issue(extended, LetterKind.EXTENSION,
				ReplyLetters.extension(bureau.name(), extended, days, reason.strip(), due.dueAt().toLocalDate(), today));
	}

	/** A third party's opinion is asked (条例第三十二条): the answer period stops until it is recorded. */
	@Transactional
	public Due startConsultation(long id, String thirdParty, String matters, String staffId) {
		Application a = lock(id);
		requireStatus(a, ApplicationStatus.HANDLING);
		List<Pause> pauses = applications.pauses(id);
		if (pauses.stream().anyMatch(Pause::open)) {
			throw new ApplicationRefusedException("已有一项征求第三方意见尚未答复");
		}
		LocalDate due = clocks.answerDue(a, pauses).dueAt().toLocalDate();
		if (today().isAfter(due)) {
			throw new ApplicationRefusedException("答复期限已于" + due + "届满，征求第三方意见不能再中止计算，请尽快答复");
		}
		List<String> problems = new ArrayList<>();
		String party = text(thirdParty, "第三方名称", 200, true, problems);
		String asked = text(matters, "征求意见的事项", MAX_TEXT, true, problems);
		if (!problems.isEmpty()) {
			throw new ApplicationRefusedException(problems);
		}
		applications.startPause(id, party, asked, today(), staffId);
		return moveAnswerDue(a);
	}

	/** The third party's opinion is recorded (or its 15 working days passed): the period runs again. */
	@Transactional
	public Due endConsultation(long id, ThirdPartyOpinion opinion) {
		Application a = lock(id);
		Pause open = applications.pauses(id)
			.stream()
			.filter(Pause::open)
			.findFirst()
			.orElseThrow(() -> new ApplicationRefusedException("没有尚未答复的征求第三方意见"));
		if (opinion == null) {
			throw new ApplicationRefusedException("请选择第三方意见");
		}
		LocalDate today = today();
		LocalDate limit = clocks.afterWorkingDays(open.startedOn(), ApplicationClocks.THIRD_PARTY_DAYS);
		if (opinion == ThirdPartyOpinion.NO_REPLY && !today.isAfter(limit)) {
			throw new ApplicationRefusedException("第三方提出意见的期限至" + limit + "，届满前不能登记为逾期未提出意见");
		}
		// A late opinion does not stop the clock beyond the third party's 15 working days.
		applications.endPause(open.id(), today.isAfter(limit) ? limit : today, opinion);
		return moveAnswerDue(a);
	}

	private Due moveAnswerDue(Application a) {
		Due due = clocks.answerDue(get(a.id()), applications.pauses(a.id()));
		obligations.moveDue(a.obligationId(), due);
		return due;
	}

	/**
	 * The unit proposes its answer: the letter is written from its template with the unit's explanation and becomes
	 * the answer record's text, sent to review. A record returned to the unit is given the new text; one withheld by
	 * the secrecy review is closed and a new one drafted.
	 */
	@Transactional
	public long proposeAnswer(long id, String answerType, String withholdGround, String explanation, String otherBody,
			String drafterId) {
		Application a = lock(id);
		requireStatus(a, ApplicationStatus.HANDLING);
		List<String> problems = new ArrayList<>();
		AnswerType type = parse(AnswerType.class, answerType);
		if (type == null) {
			problems.add("请选择答复类型");
		}
		WithholdGround ground = parse(WithholdGround.class, withholdGround);
		if (type != null && type.needsGround() && ground == null) {
			problems.add("“" + type.label() + "”须选择不予公开的理由");
		}
		if (type == AnswerType.STILL_UNCLEAR && a.correctedOn() == null) {
			problems.add("只有告知补正且已补正的申请，才能答复“补正后申请内容仍不明确”");
		}
		if (applications.pauses(id).stream().anyMatch(Pause::open)) {
			problems.add("征求第三方意见尚未答复，请先登记第三方意见");
		}
		String text = text(explanation, "答复说明", MAX_EXPLANATION, true, problems);
		String other = text(otherBody, "负责公开的机关及联系方式", 200, false, problems);
		if (!problems.isEmpty()) {
			throw new ApplicationRefusedException(problems);
		}
		long recordId = answerRecord(a);
		// Locked before its files are listed: the letter names exactly the files that go with it.
		records.lockEditable(recordId);
		List<String> files = type.releases() ? attachments.list(recordId).stream().map(f -> f.fileName()).toList()
				: List.of();
		LocalDate today = today();
		String letter = ReplyLetters.answer(bureau.name(), a, type, type.needsGround() ? ground : null, text, other,
				files, today);
		String title = LetterKind.ANSWER.label() + "（" + a.trackingNo() + "）";
		records.submit(recordId, new DraftContent(title, a.trackingNo(), type.label() + "（" + type.article() + "）",
				letter, today, false, false), drafterId);
		applications.proposeAnswer(id, type, type.needsGround() ? ground : null, recordId);
		return recordId;
	}

	/**
	 * The answer's record, drafted when the unit's task opens so that the files to release can be attached before the
	 * answer is proposed; a new one when the last was withheld by the secrecy review.
	 */
	@Transactional
	public long prepareAnswer(long id) {
		Application a = lock(id);
		requireStatus(a, ApplicationStatus.HANDLING);
		return answerRecord(a);
	}

	private long answerRecord(Application a) {
		if (a.answerRecordId() != null && records.get(a.answerRecordId()).status().editable()) {
			return a.answerRecordId();
		}
		long recordId = records.createDraft(TYPE_KEY, Record.OFF_COLUMN, a.unitId(), Record.SCHEDULE,
				LetterKind.ANSWER.label() + "（" + a.trackingNo() + "）");
		applications.setAnswerRecord(a.id(), recordId);
		return recordId;
	}

	/** The answer passed every review: its letter is sent as approved, and the unit's obligation is met. */
	@Transactional
	public Letter sendAnswer(long id) {
		Application a = lock(id);
		requireStatus(a, ApplicationStatus.HANDLING);
		Record record = records.get(a.answerRecordId());
		if (record.status() != RecordStatus.APPROVED) {
			throw new IllegalStateException("Answer record " + record.id() + " is " + record.status());
		}
		applications.close(id, ApplicationStatus.ANSWERED, today());
		obligations.close(a.obligationId(), ObligationStatus.PUBLISHED, "已答复申请人");
		return issue(a, LetterKind.ANSWER, ReplyLetters.addressed(a, record.body()));
	}

	/** The answer record's drafter's files that go with the letter, once it is sent; nothing before. */
	public List<cn.gongkai.record.Attachment> releasedFiles(Application a) {
		if (a.status() != ApplicationStatus.ANSWERED || a.answerRecordId() == null || a.answerType() == null
				|| !a.answerType().releases()) {
			return List.of();
		}
		return attachments.list(a.answerRecordId());
	}

	private Letter issue(Application a, LetterKind kind, String body) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		String title = kind.label() + "（" + a.trackingNo() + "）";
		String hash = sha256(body);
		long letterId = applications.insertLetter(a.id(), kind, title, body, hash, today(), now);
		events.publishEvent(new LetterIssued(a.id(), letterId));
		return new Letter(letterId, a.id(), kind, title, body, hash, today(), now);
	}

	private Application lock(long id) {
		return applications.findForUpdate(id).orElseThrow(() -> new IllegalStateException("No application " + id));
	}

	private static void requireStatus(Application a, ApplicationStatus expected) {
		if (a.status() != expected) {
			throw new ApplicationRefusedException("申请当前状态为“" + a.status().label() + "”，不能办理此项");
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** The stripped text, or null when empty; a problem named when required and missing, too long, or not printable. */
	private static String text(String value, String label, int max, boolean required, List<String> problems) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			if (required) {
				problems.add("请填写" + label);
			}
			return null;
		}
		if (text.length() > max) {
			problems.add(label + "不能超过 " + max + " 个字");
			return null;
		}
		Optional<String> forbidden = TextHygiene.problem(label, text);
		if (forbidden.isPresent()) {
			problems.add(forbidden.get());
			return null;
		}
		return text;
	}

	private static String optional(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private String code(int length) {
		StringBuilder code = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	private byte[] bytes(int n) {
		byte[] bytes = new byte[n];
		random.nextBytes(bytes);
		return bytes;
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
