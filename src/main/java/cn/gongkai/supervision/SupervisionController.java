package cn.gongkai.supervision;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import cn.gongkai.notification.NotificationService;
import cn.gongkai.notification.NotificationStatus;
import cn.gongkai.record.Days;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The office's supervision pages (办公室督查): timeliness per unit and month, breaches, the notification log. */
@Controller
class SupervisionController {

	static final int LOG_ROWS = 500;

	private final SupervisionService supervision;
	private final BreachService breaches;
	private final NotificationService notifications;
	private final NoticeDrafting notices;
	private final Clock clock;

	SupervisionController(SupervisionService supervision, BreachService breaches, NotificationService notifications,
			NoticeDrafting notices, Clock clock) {
		this.supervision = supervision;
		this.breaches = breaches;
		this.notifications = notifications;
		this.notices = notices;
		this.clock = clock;
	}

	@GetMapping("/supervision")
	String month(@RequestParam(required = false) String month, Model model) {
		YearMonth m = month(month);
		List<UnitFigures> figures = supervision.month(m);
		model.addAttribute("month", m);
		model.addAttribute("figures", figures);
		// What the notice would say, before anyone drafts it.
		model.addAttribute("named", figures.stream()
			.filter(UnitFigures::fellBehind)
			.map(f -> f.unitName() + "：" + MonthlyNotice.reason(f))
			.toList());
		model.addAttribute("breaches", breaches.inMonth(m));
		model.addAttribute("unitNames", new UnitNames(supervision));
		model.addAttribute("mailServerConfigured", notifications.mailServerConfigured());
		model.addAttribute("zone", clock.getZone());
		return "supervision/month";
	}

	@GetMapping("/supervision/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String month) {
		YearMonth m = month(month);
		StringBuilder csv = new StringBuilder("\uFEFF单位,到期,按时完成,逾期完成,尚未完成,其中已逾期\r\n");
		for (UnitFigures f : supervision.month(m)) {
			csv.append(f.unitName()).append(',').append(f.due()).append(',').append(f.onTime()).append(',')
				.append(f.late()).append(',').append(f.open()).append(',').append(f.overdue()).append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"supervision-" + m + ".csv\"")
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/supervision/notice")
	String draftNotice(@RequestParam String month, Authentication authentication, RedirectAttributes redirect) {
		YearMonth m = month(month);
		NoticeDrafting.NoticeDraft text = MonthlyNotice.of(m, supervision.month(m));
		NoticeDrafting.Drafted drafted;
		try {
			drafted = notices.draft(m, text, authentication.getName());
		}
		catch (DuplicateKeyException ex) {
			// Two clicks at the same moment: the other drafted it; this one finds it.
			drafted = notices.draft(m, text, authentication.getName());
		}
		if (!drafted.created()) {
			// A second click: nothing new, the month's notice as it stands.
			return "redirect:/records/" + drafted.recordId();
		}
		redirect.addFlashAttribute("message", "已起草" + m.getYear() + "年" + m.getMonthValue()
				+ "月的通报（记录 " + drafted.recordId() + "），已交办公室责任人在待办中完善并提交审核。");
		return "redirect:/supervision?month=" + m;
	}

	@GetMapping("/supervision/notifications")
	String notifications(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(name = "from", required = false) String fromText,
			@RequestParam(name = "to", required = false) String toText, Model model) {
		// Days as staff type them (2026-12-07, 2026/12/7); one that is no day is said so, and the log shows unfiltered.
		List<String> problems = new ArrayList<>();
		LocalDate from = Days.optional(fromText, "起始日期", problems);
		LocalDate to = Days.optional(toText, "截止日期", problems);
		NotificationStatus wanted = null;
		if (status != null && !status.isBlank()) {
			try {
				wanted = NotificationStatus.valueOf(status);
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("未知的发送状态：" + status);
			}
		}
		model.addAttribute("q", q);
		model.addAttribute("status", wanted);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("problems", problems);
		model.addAttribute("statuses", NotificationStatus.values());
		model.addAttribute("rows", notifications.search(q, wanted, from, to, LOG_ROWS));
		model.addAttribute("limit", LOG_ROWS);
		model.addAttribute("mailServerConfigured", notifications.mailServerConfigured());
		model.addAttribute("zone", clock.getZone());
		model.addAttribute("unitNames", new UnitNames(supervision));
		return "supervision/notifications";
	}

	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	String refused(IllegalArgumentException ex, Model model) {
		model.addAttribute("status", 400);
		model.addAttribute("message", ex.getMessage());
		return "error";
	}

	private YearMonth month(String month) {
		if (month == null || month.isBlank()) {
			return YearMonth.now(clock);
		}
		try {
			return YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException("月份格式无效，应为 YYYY-MM：" + month);
		}
	}

	/** Unit names for the breach table. */
	record UnitNames(SupervisionService supervision) {

		public String of(String unitId) {
			return supervision.unitName(unitId);
		}

	}

}
