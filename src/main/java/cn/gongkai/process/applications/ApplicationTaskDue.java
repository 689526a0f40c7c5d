package cn.gongkai.process.applications;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

import cn.gongkai.application.ApplicationService;
import cn.gongkai.obligation.Due;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When each task of an application is due and the rule that says so, in one place: read when the task opens and
 * again when a year's holiday arrangement changes the working days it was counted on.
 */
@Component
class ApplicationTaskDue {

	/** A task's due time and its rule, as its description says it. */
	record Deadline(OffsetDateTime dueAt, String rule) {
	}

	private final ApplicationService applications;
	private final ZoneId zone;

	ApplicationTaskDue(ApplicationService applications, @Value("${gongkai.time-zone}") String zone) {
		this.applications = applications;
		this.zone = ZoneId.of(zone);
	}

	/** Empty for a task of the model that has no due time of its own. */
	Optional<Deadline> of(String taskKey, long applicationId) {
		return switch (taskKey) {
			case ApplicationsProcess.TASK_REGISTER -> {
				Due due = applications.registrationDue(applicationId);
				yield Optional.of(new Deadline(due.dueAt(),
						"期限：" + due.explanation() + "；需要补正的，应在收到申请之日起7个工作日内一次性告知（条例第三十条）"));
			}
			case ApplicationsProcess.TASK_HANDLE -> {
				Due due = applications.answerDue(applicationId);
				yield Optional.of(new Deadline(due.dueAt(), "答复期限：" + due.explanation()));
			}
			case ApplicationsProcess.TASK_APPROVE_EXTENSION -> {
				LocalDate firstEnd = applications.firstPeriodEnd(applicationId);
				yield Optional.of(new Deadline(firstEnd.plusDays(1).atStartOfDay(zone).minusSeconds(1).toOffsetDateTime(),
						"延长答复期限须经政府信息公开工作机构负责人同意，并在首次答复期限（" + firstEnd
								+ "）届满前告知申请人，最长不超过20个工作日（条例第三十三条第二款）"));
			}
			case ApplicationsProcess.TASK_RECORD_OPINION -> applications.opinionDue(applicationId)
				.map(due -> new Deadline(due.dueAt(), due.explanation() + "；征求意见期间不计入答复期限，登记意见后答复期限继续计算"));
			default -> Optional.empty();
		};
	}

}
