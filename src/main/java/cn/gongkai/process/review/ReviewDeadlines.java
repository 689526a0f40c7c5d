package cn.gongkai.process.review;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;

import cn.gongkai.calendar.WorkingDayCalendar;
import cn.gongkai.obligation.ObligationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Due dates of review tasks (docs/design.md §4): the end of the second working day after the task is created, on the
 * statutory working-day calendar. An incident's release due within hours (the first release within the hour, an update
 * every 24 hours) is reviewed expedited: leader and chief review at once, after the unit head and before secrecy
 * review, and what is left before that due time is split evenly among the review steps still ahead, so that the release
 * meets its time if every step meets its own. Reads the engine's clock so that tests can move time.
 */
@Component("reviewDeadlines")
public class ReviewDeadlines {

	static final int REVIEW_WORKING_DAYS = 2;
	/** An incident's review of a release due within this is timed from the release's due time. */
	static final Duration HOURS_SCALE = Duration.ofHours(25);
	static final String INCIDENT = "incident";
	static final Duration LEGACY_INCIDENT_REVIEW = Duration.ofMinutes(30);
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	private final WorkingDayCalendar calendar;
	private final ObligationService obligations;
	private final ZoneId zone;

	ReviewDeadlines(WorkingDayCalendar calendar, ObligationService obligations,
			@Value("${gongkai.time-zone}") String zone) {
		this.calendar = calendar;
		this.obligations = obligations;
		this.zone = ZoneId.of(zone);
	}

	/** The due time of the review task being created in {@code execution} ({@code bpmn/review-chain.bpmn}). */
	public Date reviewDue(DelegateExecution execution) {
		String typeKey = ReviewChainProcess.typeKey(execution);
		Date now = ClockUtil.getCurrentTime();
		return releaseDue(typeKey, ReviewChainProcess.recordId(execution))
			.map(release -> share(now, release,
					ReviewChainProcess.stepsLeft(execution.getCurrentActivityId(), ReviewChainProcess.grade(execution),
							ReviewChainProcess.expedited(execution))))
			.orElseGet(() -> dueAfter(typeKey, now));
	}

	/** A record that answers an incident's release due within hours is reviewed expedited. */
	public boolean expedited(String typeKey, long recordId) {
		return releaseDue(typeKey, recordId).isPresent();
	}

	/**
	 * For review chains deployed before due times were shared, whose models still call this: 30 minutes for an
	 * incident, as then.
	 */
	public Date reviewDue(String typeKey) {
		Date now = ClockUtil.getCurrentTime();
		return INCIDENT.equals(typeKey) ? Date.from(now.toInstant().plus(LEGACY_INCIDENT_REVIEW)) : dueAfter(typeKey, now);
	}

	/** The due time of a review task of {@code typeKey} created at {@code created}, by working days. */
	public Date dueAfter(String typeKey, Date created) {
		LocalDate day = created.toInstant().atZone(zone).toLocalDate();
		LocalDate due = calendar.afterWorkingDays(day, REVIEW_WORKING_DAYS).due();
		return Date.from(due.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant());
	}

	/** A review of an incident's release, due within hours: its reminders count minutes, not working days. */
	public boolean urgent(String typeKey, Date created, Date due) {
		return INCIDENT.equals(typeKey) && due != null && created != null
				&& Duration.between(created.toInstant(), due.toInstant()).compareTo(HOURS_SCALE) < 0;
	}

	/** The rule of this task, as its description and its reminders say it. */
	public String explanation(DelegateTask task) {
		Optional<OffsetDateTime> release = releaseDue(ReviewChainProcess.typeKey(task), ReviewChainProcess.recordId(task));
		if (release.isEmpty() || task.getDueDate() == null) {
			return "审核期限：任务创建后第 " + REVIEW_WORKING_DAYS + " 个工作日结束前";
		}
		boolean expedited = ReviewChainProcess.expedited(task);
		int left = ReviewChainProcess.stepsLeft(task.getTaskDefinitionKey(), ReviewChainProcess.grade(task), expedited);
		return "审核期限：本条信息须在 " + TIME.format(release.get().atZoneSameInstant(zone)) + " 前发布，剩余时间由尚需的 "
				+ left + " 步审核（" + (expedited && ReviewChainProcess.grade(task) >= 3 ? "分管领导与局主要领导同时审核，计一步；" : "")
				+ "含保密审查）平均分配，本级须在 " + TIME.format(task.getDueDate().toInstant().atZone(zone)) + " 前完成";
	}

	private Optional<OffsetDateTime> releaseDue(String typeKey, long recordId) {
		if (!INCIDENT.equals(typeKey)) {
			return Optional.empty();
		}
		OffsetDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(zone).toOffsetDateTime();
		return obligations.openOfRecord(recordId)
			.map(o -> o.due().dueAt())
			.filter(due -> due.isBefore(now.plus(HOURS_SCALE)));
	}

	/** {@code now} plus an even share of the time left before {@code release}; the release's time once it has passed. */
	private static Date share(Date now, OffsetDateTime release, int levelsLeft) {
		long left = release.toInstant().toEpochMilli() - now.getTime();
		return left <= 0 ? Date.from(release.toInstant()) : new Date(now.getTime() + left / levelsLeft);
	}

}
