package cn.gongkai.process.change;

import java.util.HashMap;
import java.util.Map;

import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.ChangeKind;
import cn.gongkai.record.Record;
import cn.gongkai.record.RecordRefusedException;
import cn.gongkai.record.RecordService;
import cn.gongkai.workspace.ChangeRequests;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records the unit's request and starts its review, in one transaction: both happen or neither. */
@Service
class RecordChangeStarts implements ChangeRequests {

	private final RecordService records;
	private final RuntimeService runtimeService;

	RecordChangeStarts(RecordService records, RuntimeService runtimeService) {
		this.records = records;
		this.runtimeService = runtimeService;
	}

	@Override
	@Transactional
	public void request(long recordId, ChangeKind kind, String reason, String userId) {
		if (kind == ChangeKind.CORRECTION) {
			records.requestCorrection(recordId, reason, userId);
		}
		else {
			records.requestRetraction(recordId, reason, userId);
		}
		Record record = records.get(recordId);
		Map<String, Object> variables = new HashMap<>();
		variables.put(ReviewChainProcess.VAR_RECORD_ID, recordId);
		variables.put(ReviewChainProcess.VAR_UNIT_ID, record.unitId());
		variables.put(ReviewChainProcess.VAR_TYPE_KEY, record.typeKey());
		variables.put(ObligationProcess.VAR_DRAFTER, userId);
		variables.put(RecordChangeProcess.VAR_CHANGE_KIND, kind.name());
		runtimeService.startProcessInstanceByKey(RecordChangeProcess.KEY, String.valueOf(recordId), variables);
	}

	@Override
	@Transactional
	public void giveUpCorrection(long recordId) {
		// Only while the correction waits for its drafter is the give-up message awaited.
		boolean editing = runtimeService.createExecutionQuery()
			.processInstanceBusinessKey(String.valueOf(recordId))
			.messageEventSubscriptionName(RecordChangeProcess.MESSAGE_GIVE_UP)
			.count() > 0;
		if (!editing) {
			throw new RecordRefusedException("只有尚未提交审核的更正可以放弃");
		}
		runtimeService.createMessageCorrelation(RecordChangeProcess.MESSAGE_GIVE_UP)
			.processInstanceBusinessKey(String.valueOf(recordId))
			.correlate();
	}

}
