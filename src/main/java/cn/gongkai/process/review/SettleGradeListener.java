package cn.gongkai.process.review;

import cn.gongkai.record.RecordService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After the grade decision: the grade is kept with the record, never lowered by a resubmission, and the chain's
 * gateways read the settled grade (a variable no task completion may write).
 */
@Component("settleGradeListener")
class SettleGradeListener implements ExecutionListener {

	private final RecordService records;

	SettleGradeListener(RecordService records) {
		this.records = records;
	}

	@Override
	public void notify(DelegateExecution execution) {
		Object decided = execution.getVariable(ReviewChainProcess.VAR_GRADE);
		if (!(decided instanceof Number grade)) {
			throw new IllegalStateException("The grade decision gave no grade: " + decided);
		}
		execution.setVariable(ReviewChainProcess.VAR_GRADE,
				records.settleReviewGrade(ReviewChainProcess.recordId(execution), grade.intValue()));
	}

}
