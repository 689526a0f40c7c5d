package cn.gongkai.process.applications;

import java.time.ZoneId;

import cn.gongkai.application.Application;
import cn.gongkai.application.ApplicationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The head of the disclosure office decides on an extension, which must be approved and told before the first
 * period ends (条例第三十三条第二款): the task is due then and shows the unit's reason.
 */
@Component("extensionTaskListener")
class ExtensionTaskListener implements TaskListener {

	private final ApplicationService applications;
	private final ApplicationViews views;
	private final ZoneId zone;

	ExtensionTaskListener(ApplicationService applications, ApplicationViews views,
			@Value("${gongkai.time-zone}") String zone) {
		this.applications = applications;
		this.views = views;
		this.zone = ZoneId.of(zone);
	}

	@Override
	public void notify(DelegateTask task) {
		long id = ApplicationsProcess.applicationId(task);
		Application application = applications.get(id);
		var firstEnd = applications.firstPeriodEnd(id);
		views.present(task, application, firstEnd.plusDays(1).atStartOfDay(zone).minusSeconds(1).toOffsetDateTime(),
				"延长答复期限须经政府信息公开工作机构负责人同意，并在首次答复期限（" + firstEnd
						+ "）届满前告知申请人，最长不超过20个工作日（条例第三十三条第二款）",
				ApplicationsProcess.EXTENSION_FIELDS);
	}

}
