package cn.gongkai.process.obligation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.obligation.Due;
import cn.gongkai.obligation.DueRules;
import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * How an event process opens what it owes: one obligation per event (and stage) of the instance, bound to the instance
 * and handed to its next call of {@code fulfil-obligation} through {@link ObligationProcess#VAR_OBLIGATION_ID}.
 */
@Component
public class EventObligations {

	private final ObligationService obligations;
	private final DueRules dueRules;
	private final Catalogue catalogue;

	EventObligations(ObligationService obligations, DueRules dueRules, Catalogue catalogue) {
		this.obligations = obligations;
		this.dueRules = dueRules;
		this.catalogue = catalogue;
	}

	/**
	 * Opens the obligation of {@code execution}'s instance for {@code stage} (null for the one obligation of an
	 * instance); the occasion makes it unique, so a retried step cannot open a second one.
	 */
	public Obligation open(DelegateExecution execution, String typeKey, String unitId, String stage, String subject,
			Due due) {
		String occasion = "pi:" + execution.getProcessInstanceId() + (stage == null ? "" : ":" + stage);
		Obligation obligation = obligations.openForEvent(typeKey, unitId, occasion, subject, due).orElseThrow();
		obligations.attachProcess(obligation.id(), execution.getProcessInstanceId());
		execution.setVariable(ObligationProcess.VAR_OBLIGATION_ID, obligation.id());
		return obligation;
	}

	/** The catalogue's period for the type's events (20 working days), counted from {@code eventDay}. */
	public Due eventPeriodAfter(String typeKey, LocalDate eventDay) {
		Catalogue.EventPeriod period = catalogue.type(typeKey).requiredEventPeriod();
		return dueRules.workingDaysAfter(eventDay, period.workingDays(), period.wording());
	}

	public Due hoursAfter(OffsetDateTime from, int hours, String ruleText) {
		return dueRules.hoursAfter(from, hours, ruleText);
	}

}
