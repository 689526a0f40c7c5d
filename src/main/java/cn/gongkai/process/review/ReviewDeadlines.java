package cn.gongkai.process.review;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import cn.gongkai.calendar.WorkingDayCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Due dates of review tasks (docs/design.md §4): the end of the second working day after the task is created, on the
 * statutory working-day calendar; 30 minutes for an incident, whose first release is due within the hour. Reads the
 * engine's clock so that tests can move time.
 */
@Component("reviewDeadlines")
public class ReviewDeadlines {

	static final int REVIEW_WORKING_DAYS = 2;
	static final Duration INCIDENT_REVIEW = Duration.ofMinutes(30);
	static final String INCIDENT = "incident";

	private final WorkingDayCalendar calendar;
	private final ZoneId zone;

	ReviewDeadlines(WorkingDayCalendar calendar, @Value("${gongkai.time-zone}") String zone) {
		this.calendar = calendar;
		this.zone = ZoneId.of(zone);
	}

	/** The rule, as a reviewer reads it in the task's description and in reminders. */
	public String explanation(String typeKey) {
		return INCIDENT.equals(typeKey) ? "审核期限：任务创建后 " + INCIDENT_REVIEW.toMinutes() + " 分钟内（突发环境事件首次发布须在登记后 1 小时内）"
				: "审核期限：任务创建后第 " + REVIEW_WORKING_DAYS + " 个工作日结束前";
	}

	public Date reviewDue(String typeKey) {
		return dueAfter(typeKey, ClockUtil.getCurrentTime());
	}

	/** The due time of a review task of {@code typeKey} created at {@code created}. */
	public Date dueAfter(String typeKey, Date created) {
		if (INCIDENT.equals(typeKey)) {
			return Date.from(created.toInstant().plus(INCIDENT_REVIEW));
		}
		LocalDate day = created.toInstant().atZone(zone).toLocalDate();
		LocalDate due = calendar.afterWorkingDays(day, REVIEW_WORKING_DAYS).due();
		return Date.from(due.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant());
	}

}
