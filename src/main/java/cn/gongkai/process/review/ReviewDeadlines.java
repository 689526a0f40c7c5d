package cn.gongkai.process.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Due dates of review tasks (DESIGN.md §4): the end of the second working day after the task is created. Until the
 * statutory-holiday calendar arrives, a working day is Monday to Friday. Reads the engine's clock so that tests can
 * move time.
 */
@Component("reviewDeadlines")
public class ReviewDeadlines {

	private final ZoneId zone;

	ReviewDeadlines(@Value("${gongkai.time-zone}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	public Date reviewDue() {
		LocalDate day = ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
		int counted = 0;
		while (counted < 2) {
			day = day.plusDays(1);
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				counted++;
			}
		}
		return Date.from(day.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant());
	}

}
