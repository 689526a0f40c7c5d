package cn.gongkai.process.review;

import java.util.HashMap;
import java.util.Map;

import cn.gongkai.notification.Delivery;
import cn.gongkai.notification.MailTemplates;
import cn.gongkai.notification.NotificationKey;
import cn.gongkai.notification.NotificationService;
import cn.gongkai.notification.Recipient;
import cn.gongkai.organization.Organization;
import cn.gongkai.organization.PersonNames;
import cn.gongkai.record.Record;
import cn.gongkai.record.RecordService;
import cn.gongkai.record.ReviewService;
import cn.gongkai.site.PublicUrl;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Tells the person who submitted a returned record why it came back (docs/design.md §3), once per return; a failed send
 * fails the job, which the engine retries.
 */
@Component("notifyDrafterDelegate")
class NotifyDrafterDelegate implements JavaDelegate {

	static final String SUBJECT_KIND = "RECORD";

	private final RecordService records;
	private final ReviewService reviews;
	private final NotificationService notifications;
	private final MailTemplates templates;
	private final IdentityService identityService;
	private final TaskService taskService;
	private final Organization organization;
	private final PublicUrl publicUrl;

	NotifyDrafterDelegate(RecordService records, ReviewService reviews, NotificationService notifications,
			MailTemplates templates, IdentityService identityService, TaskService taskService, Organization organization,
			PublicUrl publicUrl) {
		this.records = records;
		this.reviews = reviews;
		this.notifications = notifications;
		this.templates = templates;
		this.identityService = identityService;
		this.taskService = taskService;
		this.organization = organization;
		this.publicUrl = publicUrl;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long recordId = ReviewChainProcess.recordId(execution);
		int version = DrafterNoticeProcess.versionNo(execution);
		Record record = records.get(recordId);
		String drafter = records.latestSubmitter(recordId).orElse(record.drafterId());
		User user = identityService.createUserQuery().userId(drafter).singleResult();
		if (user == null) {
			return;
		}
		String name = PersonNames.inChineseOrder(user.getLastName(), user.getFirstName(), user.getId());
		String unitName = organization.unitNames().getOrDefault(record.unitId(), record.unitId());
		Task waiting = taskService.createTaskQuery()
			.processInstanceBusinessKey(String.valueOf(recordId))
			.taskAssignee(drafter)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		Map<String, Object> variables = new HashMap<>();
		variables.put("recipientName", name.isBlank() ? drafter : name);
		variables.put("title", record.title());
		variables.put("unitName", unitName);
		variables.put("comment", reviews.latestReturnComment(recordId));
		variables.put("link", publicUrl.of("/camunda/app/tasklist/default/" + (waiting == null ? "" : "#/?task=" + waiting.getId())));
		Delivery delivery = notifications.deliver(
				new NotificationKey(SUBJECT_KIND, String.valueOf(recordId), "RETURNED-" + version), record.unitId(),
				new Recipient(user.getId(), name, user.getEmail()),
				templates.render("returned", "【退回修改】" + unitName + "：" + record.title(), variables));
		if (delivery == Delivery.FAILED) {
			throw new IllegalStateException("邮件发送失败，稍后重试（退回修改通知，收件人：" + drafter + "）");
		}
	}

}
