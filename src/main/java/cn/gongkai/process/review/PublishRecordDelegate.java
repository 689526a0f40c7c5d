package cn.gongkai.process.review;

import cn.gongkai.record.RecordService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("publishRecordDelegate")
class PublishRecordDelegate implements JavaDelegate {

	private final RecordService recordService;

	PublishRecordDelegate(RecordService recordService) {
		this.recordService = recordService;
	}

	@Override
	public void execute(DelegateExecution execution) {
		recordService.publish(ReviewChainProcess.recordId(execution));
	}

}
