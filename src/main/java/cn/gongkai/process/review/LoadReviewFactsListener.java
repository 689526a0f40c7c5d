package cn.gongkai.process.review;

import cn.gongkai.record.Record;
import cn.gongkai.record.RecordService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a review starts, the facts that route it (unit, type, the drafter's flags that raise the grade, whether it is an
 * incident's release due within hours) are read from the application's tables, whatever the caller holds: a caller
 * passes only the record.
 */
@Component("loadReviewFactsListener")
class LoadReviewFactsListener implements ExecutionListener {

	private final RecordService records;
	private final ReviewDeadlines deadlines;

	LoadReviewFactsListener(RecordService records, ReviewDeadlines deadlines) {
		this.records = records;
		this.deadlines = deadlines;
	}

	@Override
	public void notify(DelegateExecution execution) {
		Record record = records.get(ReviewChainProcess.recordId(execution));
		execution.setVariable(ReviewChainProcess.VAR_UNIT_ID, record.unitId());
		execution.setVariable(ReviewChainProcess.VAR_TYPE_KEY, record.typeKey());
		execution.setVariable(ReviewChainProcess.VAR_PERSONAL_INFO, record.personalInfo());
		execution.setVariable(ReviewChainProcess.VAR_MAJOR_CONCERN, record.majorConcern());
		execution.setVariable(ReviewChainProcess.VAR_EXPEDITED, deadlines.expedited(record.typeKey(), record.id()));
	}

}
