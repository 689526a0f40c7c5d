package cn.gongkai.process.review;

import cn.gongkai.catalogue.Catalogue;
import cn.gongkai.organization.Organization;
import cn.gongkai.process.TaskNames;
import cn.gongkai.record.Record;
import cn.gongkai.record.RecordService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A review task says what is reviewed: Tasklist's list and header show the level and the record's title, its
 * description the title, unit, type, version and the due rule, so that a reviewer knows the work before opening it.
 */
@Component("describeReviewListener")
class DescribeReviewListener implements TaskListener {

	private final RecordService records;
	private final Organization organization;
	private final Catalogue catalogue;
	private final ReviewDeadlines deadlines;

	DescribeReviewListener(RecordService records, Organization organization, Catalogue catalogue,
			ReviewDeadlines deadlines) {
		this.records = records;
		this.organization = organization;
		this.catalogue = catalogue;
		this.deadlines = deadlines;
	}

	@Override
	public void notify(DelegateTask task) {
		Record record = records.get(ReviewChainProcess.recordId(task));
		String title = record.title();
		task.setName(TaskNames.withTitle(ReviewChainProcess.levelOf(task.getTaskDefinitionKey()).label(), title));
		task.setDescription("审核对象：《" + title + "》（" + organization.unitNames().getOrDefault(record.unitId(), record.unitId())
				+ "，" + catalogue.type(record.typeKey()).name() + "，第 " + records.currentVersionNo(record.id())
				+ " 稿）。内容见表单上方的链接。" + deadlines.explanation(task) + "。");
	}

}
