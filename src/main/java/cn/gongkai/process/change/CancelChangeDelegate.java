package cn.gongkai.process.change;

import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.RecordService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("cancelChangeDelegate")
class CancelChangeDelegate implements JavaDelegate {

	private final RecordService records;

	CancelChangeDelegate(RecordService records) {
		this.records = records;
	}

	@Override
	public void execute(DelegateExecution execution) {
		records.cancelChange(ReviewChainProcess.recordId(execution));
	}

}
