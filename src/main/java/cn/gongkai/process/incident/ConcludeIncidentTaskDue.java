package cn.gongkai.process.incident;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;

import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import org.springframework.stereotype.Component;

/**
 * 登记事件结束 is due with the incident's current update: by then the unit publishes the update or registers the end.
 * Its lateness is the update's, escalated by the update's obligation, so the task has no watch of its own (two
 * escalations of one lateness would be one too many).
 */
@Component
class ConcludeIncidentTaskDue {

	static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ObligationService obligations;

	ConcludeIncidentTaskDue(ObligationService obligations) {
		this.obligations = obligations;
	}

	/** The open update of the incident's instance, if one is open. */
	Optional<Obligation> currentUpdate(String processInstanceId) {
		return obligations.openOfProcess(processInstanceId)
			.stream()
			.filter(o -> o.occasion().contains(":" + IncidentProcess.UPDATE_STAGE))
			.findFirst();
	}

	Date dueOf(Obligation update) {
		return Date.from(update.due().dueAt().toInstant());
	}

	/** What the task says of its due time. */
	String descriptionOf(Obligation update, ZoneId zone) {
		return "事件未结束时每24小时更新：本次进展（" + update.subject() + "）截止 "
				+ update.due().dueAt().atZoneSameInstant(zone).format(MINUTE)
				+ "。届时须发布进展；事件已处置结束的，在此登记结束并填写调查预计完成日期。逾期由该次进展更新督办。";
	}

}
