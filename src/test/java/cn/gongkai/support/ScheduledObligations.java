package cn.gongkai.support;

import java.time.LocalDate;
import java.util.UUID;

import cn.gongkai.obligation.DueRules;
import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.obligation.ScheduledStarts;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Opens a scheduled obligation of its own for one test, on an occasion no other test uses, and starts its process
 * instance the way the hourly schedule does.
 */
public class ScheduledObligations {

	private final ObligationService obligations;
	private final ScheduledStarts starts;
	private final DueRules dueRules;

	public ScheduledObligations(ObligationService obligations, ScheduledStarts starts, DueRules dueRules) {
		this.obligations = obligations;
		this.starts = starts;
		this.dueRules = dueRules;
	}

	public ProcessInstance open(String typeKey, String unitId) {
		return open(typeKey, unitId, LocalDate.of(2026, 12, 15));
	}

	public ProcessInstance open(String typeKey, String unitId, LocalDate dueDay) {
		return open(typeKey, unitId, "test-" + UUID.randomUUID(), dueDay);
	}

	/** An obligation of the given occasion: "2026-12-1" is the first half of December 2026, as the schedule names it. */
	public ProcessInstance open(String typeKey, String unitId, String occasion, LocalDate dueDay) {
		Obligation obligation = obligations
			.openForEvent(typeKey, unitId, occasion, "测试义务 " + typeKey, dueRules.fixedDay(dueDay, "测试期限"))
			.orElseThrow();
		return starts.start(obligation);
	}

}
