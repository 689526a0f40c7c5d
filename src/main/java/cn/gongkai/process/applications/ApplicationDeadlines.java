package cn.gongkai.process.applications;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import cn.gongkai.application.Application;
import cn.gongkai.application.ApplicationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** An application's due times for the diagram's timers, as the engine wants them, read from its row each time. */
@Component("applicationDeadlines")
public class ApplicationDeadlines {

	private final ApplicationService applications;
	private final ZoneId zone;

	ApplicationDeadlines(ApplicationService applications, @Value("${gongkai.time-zone}") String zone) {
		this.applications = applications;
		this.zone = ZoneId.of(zone);
	}

	/** The end of the last day of the period set for the correction: the application is then treated as withdrawn. */
	public Date correctionDue(Object applicationId) {
		if (!(applicationId instanceof Number id)) {
			throw new IllegalStateException("No application for this deadline: " + applicationId);
		}
		Application application = applications.get(id.longValue());
		LocalDate due = application.correctionDue();
		if (due == null) {
			throw new IllegalStateException("Application " + id + " was not asked to correct");
		}
		return Date.from(due.plusDays(1).atStartOfDay(zone).minusSeconds(1).toInstant());
	}

}
