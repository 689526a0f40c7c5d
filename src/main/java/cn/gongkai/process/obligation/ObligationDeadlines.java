package cn.gongkai.process.obligation;

import java.util.Date;

import cn.gongkai.obligation.ObligationService;
import org.springframework.stereotype.Component;

/**
 * An obligation's due time for the diagrams' timers and task due dates ({@code java.util.Date}, as the engine wants
 * it). Read from the obligation's row each time, so recalculating a timer picks up a recomputed due time.
 */
@Component("obligationDeadlines")
public class ObligationDeadlines {

	private final ObligationService obligations;

	ObligationDeadlines(ObligationService obligations) {
		this.obligations = obligations;
	}

	public Date dueDate(Object obligationId) {
		if (!(obligationId instanceof Number id)) {
			throw new IllegalStateException("No obligation for this deadline: " + obligationId);
		}
		return Date.from(obligations.get(id.longValue()).due().dueAt().toInstant());
	}

}
