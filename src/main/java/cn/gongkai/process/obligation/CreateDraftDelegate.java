package cn.gongkai.process.obligation;

import java.util.List;

import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.obligation.Obligation;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.Actors;
import cn.gongkai.process.Refusals;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.Record;
import cn.gongkai.record.RecordService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Creates the draft record that answers the current obligation, in the obligation's unit (谁生成，谁发布) and in the
 * first column section of its type (the drafter may choose another section of the type in the form), or takes the one
 * the application prepared for it.
 */
@Component("createDraftDelegate")
class CreateDraftDelegate implements JavaDelegate {

	private final RecordService records;
	private final ObligationService obligations;
	private final Catalogue catalogue;

	CreateDraftDelegate(RecordService records, ObligationService obligations, Catalogue catalogue) {
		this.records = records;
		this.obligations = obligations;
		this.catalogue = catalogue;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Obligation obligation = obligations.get(ObligationProcess.obligationId(execution));
		// The obligation belongs to the process that opened it: the calling one, or this one when the schedule started it.
		DelegateExecution caller = execution.getSuperExecution();
		String owner = caller == null ? execution.getProcessInstanceId() : caller.getProcessInstanceId();
		// A record may be prepared for the obligation by the application before its instance starts (the office's monthly
		// notice, drafted from the figures); any other record means the obligation is being answered already.
		boolean prepared = obligation.recordId() != null && obligation.processInstanceId() == null;
		if (!obligation.isOpen() || obligation.recordId() != null && !prepared
				|| obligation.processInstanceId() != null && !obligation.processInstanceId().equals(owner)) {
			throw Refusals.refuse("该公开义务已办结或已在办理中，不能再次发起");
		}
		// An event's obligation is opened by this instance, a scheduled one by the schedule without a login: a person
		// binding an instance to an obligation opened elsewhere may only do so for their own unit.
		Authentication person = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (obligation.processInstanceId() == null && person != null && person.getUserId() != null) {
			Actors.drafterUnit(execution, person.getUserId(), List.of(obligation.unitId()), "只能为本单位的公开义务起草记录");
		}
		Catalogue.DisclosureType type = catalogue.type(obligation.typeKey());
		long recordId;
		if (prepared) {
			recordId = obligation.recordId();
		}
		else {
			String drafter = ObligationProcess.drafter(execution);
			// An obligation owed in one section (air quality, each half-month) files its record there.
			String section = obligation.sectionKey() != null ? obligation.sectionKey() : type.sections().get(0);
			recordId = records.createDraft(type.key(), section, obligation.unitId(),
					drafter == null ? Record.SCHEDULE : drafter, obligation.subject());
			obligations.attachRecord(obligation.id(), recordId);
		}
		// The record id as business key lets Cockpit and Tasklist find the instances of a record.
		execution.setProcessBusinessKey(String.valueOf(recordId));
		if (caller != null) {
			caller.setProcessBusinessKey(String.valueOf(recordId));
		}
		execution.setVariable(ReviewChainProcess.VAR_RECORD_ID, recordId);
		execution.setVariable(ReviewChainProcess.VAR_UNIT_ID, obligation.unitId());
		execution.setVariable(ReviewChainProcess.VAR_TYPE_KEY, type.key());
	}

}
