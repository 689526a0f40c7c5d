package cn.gongkai.process.applications;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gongkai.application.Application;
import cn.gongkai.application.ApplicationService;
import cn.gongkai.application.Pause;
import cn.gongkai.organization.Organization;
import cn.gongkai.process.FormView;
import cn.gongkai.process.TaskNames;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a task of an application shows in its form, read-only: the request and its dates, never the applicant's
 * identity or contact, which stay in the application's table and its staff page (linked from the form). Written from
 * the application's table each time the form is read, never stored in the process.
 */
@Component
class ApplicationViews implements FormView {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ApplicationService applications;
	private final Organization organization;
	private final ApplicationTaskDue due;
	private final ZoneId zone;

	ApplicationViews(ApplicationService applications, Organization organization, ApplicationTaskDue due,
			@Value("${gongkai.time-zone}") String zone) {
		this.applications = applications;
		this.organization = organization;
		this.due = due;
		this.zone = ZoneId.of(zone);
	}

	/**
	 * Names the task after its application, gives it its due time and says the rule that sets it, and clears what its
	 * form set the last time it was done: what every task of an application does when it opens.
	 */
	void present(DelegateTask task, List<String> fields) {
		long id = ApplicationsProcess.applicationId(task);
		Application application = applications.get(id);
		ApplicationTaskDue.Deadline deadline = due.of(task.getTaskDefinitionKey(), id)
			.orElseThrow(() -> new IllegalStateException("No due time for " + task.getTaskDefinitionKey()));
		task.getExecution().removeVariables(fields);
		task.setDueDate(Date.from(deadline.dueAt().toInstant()));
		task.setName(TaskNames.withTitle(task.getName(), application.trackingNo()));
		task.setDescription(description(application, deadline.rule()));
	}

	@Override
	public Set<String> forms() {
		return ApplicationsProcess.FORMS;
	}

	@Override
	public Map<String, TypedValue> of(DelegateTask task) {
		// Never stored, so not bound by the 4,000 characters of a stored text variable.
		return Map.of(ApplicationsProcess.VIEW_APPLICATION,
				Variables.stringValue(view(applications.get(ApplicationsProcess.applicationId(task)))));
	}

	static String description(Application application, String rule) {
		return "依申请公开：" + application.trackingNo() + "。" + rule;
	}

	private String view(Application a) {
		StringBuilder view = new StringBuilder();
		view.append("查询号：").append(a.trackingNo()).append("\n申请方式：").append(a.channel().label())
			.append("（").append(a.channel().receiptRule()).append("）\n申请人类型：").append(a.applicantKind().label())
			.append("\n提交时间：").append(a.submittedAt().atZoneSameInstant(zone).format(MINUTE))
			.append("\n收到申请日期：").append(a.receivedOn() == null ? "待确认（本任务完成之日）" : a.receivedOn())
			.append("\n所需信息的描述：").append(a.description())
			.append("\n提供形式：").append(a.infoForm().label()).append("；获取方式：").append(a.delivery().label());
		if (a.correctionRequested()) {
			view.append("\n已于 ").append(a.correctionRequestedOn()).append(" 告知补正：").append(a.correctionMatters())
				.append("（补正期限至 ").append(a.correctionDue()).append("）");
		}
		if (a.correctedOn() != null) {
			view.append("\n补正后的申请（").append(a.correctedOn()).append(" 收到）：").append(a.correctionText());
		}
		if (a.unitId() != null) {
			view.append("\n承办单位：").append(organization.unitNames().getOrDefault(a.unitId(), a.unitId()));
		}
		if (a.extensionDays() > 0) {
			view.append("\n已延长答复期限 ").append(a.extensionDays()).append(" 个工作日（").append(a.extensionReason())
				.append("）");
		}
		for (Pause pause : applications.pauses(a.id())) {
			view.append("\n征求第三方意见：").append(pause.thirdParty()).append("，").append(pause.startedOn()).append(" 发出")
				.append(pause.open() ? "，尚未答复" : "，" + pause.endedOn() + " 登记意见：" + pause.opinion().label());
		}
		return view.toString();
	}

}
