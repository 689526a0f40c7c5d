package cn.gongkai.process.drafting;

import java.util.HashMap;
import java.util.Map;

import cn.gongkai.process.review.ReviewChainProcess;
import cn.gongkai.record.DraftContent;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.ReviewService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Fills the drafting form from the record's table. The values are task-local, so they disappear with the task: the
 * record, not the process, holds the text.
 */
@Component("loadDraftListener")
class LoadDraftListener implements TaskListener {

	private final RecordService recordService;
	private final ReviewService reviewService;

	LoadDraftListener(RecordService recordService, ReviewService reviewService) {
		this.recordService = recordService;
		this.reviewService = reviewService;
	}

	@Override
	public void notify(DelegateTask task) {
		long recordId = ReviewChainProcess.recordId(task);
		DraftContent content = recordService.get(recordId).content();
		Map<String, Object> form = new HashMap<>();
		form.put(DraftForm.TITLE, content.title());
		form.put(DraftForm.INDEX_NO, content.indexNo());
		form.put(DraftForm.SUMMARY, content.summary());
		form.put(DraftForm.BODY, content.body());
		form.put(DraftForm.DATE_FORMED, content.dateFormed() == null ? null : content.dateFormed().toString());
		form.put(DraftForm.PERSONAL_INFO, content.personalInfo());
		form.put(DraftForm.MAJOR_CONCERN, content.majorConcern());
		form.put(DraftForm.RETURN_COMMENT, reviewService.latestReturnComment(recordId));
		task.setVariablesLocal(form);
	}

}
