package cn.gongkai.application;

import java.time.LocalDate;
import java.util.List;

import cn.gongkai.calendar.WorkingDayCalendar;
import cn.gongkai.obligation.Due;
import cn.gongkai.obligation.DueRules;
import org.springframework.stereotype.Component;

/**
 * The statutory clocks of an application, in working days on the bureau's calendar (docs/design.md §9): the answer
 * within 20 working days of receipt or of the corrected application (条例第三十条、第三十三条), extended by at most
 * 20 with the disclosure office head's approval, the days a third party is consulted not counted (第三十二条、第三十三条).
 */
@Component
public class ApplicationClocks {

	public static final int ANSWER_DAYS = 20;
	public static final int CORRECTION_NOTICE_DAYS = 7;
	public static final int MAX_EXTENSION_DAYS = 20;
	public static final int THIRD_PARTY_DAYS = 15;
	public static final int MAX_CORRECTION_PERIOD = 30;
	/** The office confirms and assigns an application by the end of the next working day (the bureau's rule). */
	public static final int REGISTRATION_DAYS = 1;

	private final WorkingDayCalendar calendar;
	private final DueRules dueRules;

	ApplicationClocks(WorkingDayCalendar calendar, DueRules dueRules) {
		this.calendar = calendar;
		this.dueRules = dueRules;
	}

	/**
	 * When the answer is due, with the reasoning: the period counts from {@code clockStart}; a consultation still
	 * open counts as lasting its full 15 working days until the opinion is recorded.
	 */
	public Due answerDue(Application application, List<Pause> pauses) {
		return answerDue(application.clockStart(), application.correctedOn() != null, application.extensionDays(), pauses);
	}

	/** The same from its parts, before they are stored: counted from {@code clockStart}. */
	Due answerDue(LocalDate clockStart, boolean corrected, int extensionDays, List<Pause> pauses) {
		int paused = pausedWorkingDays(pauses);
		StringBuilder rule = new StringBuilder(corrected
				? "自收到补正后的申请之日起20个工作日内答复（条例第三十条、第三十三条）"
				: "自收到申请之日起20个工作日内答复（条例第三十三条）");
		if (extensionDays > 0) {
			rule.append("，经政府信息公开工作机构负责人同意延长").append(extensionDays).append("个工作日");
		}
		if (paused > 0) {
			rule.append("，征求第三方意见").append(pauses.stream().anyMatch(Pause::open) ? "（尚未答复，按15个工作日计）" : "")
				.append("所需").append(paused).append("个工作日不计算在内");
		}
		return dueRules.workingDaysAfter(clockStart, ANSWER_DAYS + extensionDays + paused, rule.toString());
	}

	/** The last day of the first period (20 working days, consultations not counted): an extension is told before it. */
	public LocalDate firstPeriodEnd(Application application, List<Pause> pauses) {
		return calendar.afterWorkingDays(application.clockStart(), ANSWER_DAYS + pausedWorkingDays(pauses)).due();
	}

	/** The last day on which a correction may be asked: 7 working days after receipt (条例第三十条). */
	public LocalDate correctionNoticeLimit(LocalDate receivedOn) {
		return calendar.afterWorkingDays(receivedOn, CORRECTION_NOTICE_DAYS).due();
	}

	public LocalDate afterWorkingDays(LocalDate day, int workingDays) {
		return calendar.afterWorkingDays(day, workingDays).due();
	}

	public Due registrationDue(LocalDate arrivedOn) {
		return dueRules.workingDaysAfter(arrivedOn, REGISTRATION_DAYS, "办公室于收到申请的下一个工作日内确认收到并交办承办单位");
	}

	/**
	 * When the unit records the third party's opinion: the third party has 15 working days (条例第三十二条), so its
	 * silence is known, and recorded, on the working day after.
	 */
	public Due opinionDue(LocalDate startedOn) {
		return dueRules.workingDaysAfter(startedOn, THIRD_PARTY_DAYS + 1,
				"第三方应当自收到征求意见书之日起15个工作日内提出意见（条例第三十二条），逾期未提出的于期满后的第一个工作日登记");
	}

	/** Working days from the day after a consultation started to the day its opinion came (or its 15th day). */
	int pausedWorkingDays(List<Pause> pauses) {
		int days = 0;
		for (Pause pause : pauses) {
			LocalDate end = pause.open() ? afterWorkingDays(pause.startedOn(), THIRD_PARTY_DAYS) : pause.endedOn();
			for (LocalDate day = pause.startedOn().plusDays(1); !day.isAfter(end); day = day.plusDays(1)) {
				if (calendar.isWorkingDay(day)) {
					days++;
				}
			}
		}
		return days;
	}

}
