package cn.gongkai.process.escalation;

import cn.gongkai.process.ProcessVariables;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import cn.gongkai.escalation.EscalationProperties;
import cn.gongkai.escalation.Ladder;
import cn.gongkai.escalation.Subject;
import cn.gongkai.notification.Delivery;
import cn.gongkai.notification.MailContent;
import cn.gongkai.notification.NotificationKey;
import cn.gongkai.notification.NotificationService;
import cn.gongkai.notification.Recipient;
import cn.gongkai.supervision.BreachService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends one step's emails. Each recipient's email goes once (the notification log sees to it); if any could not be
 * sent, the job fails and the engine retries it with backoff, then raises an incident: a retry sends only what is
 * still unsent.
 */
@Component("sendEscalationStepDelegate")
class SendStepDelegate implements JavaDelegate {

	private final EscalationSubjects subjects;
	private final Ladder ladder;
	private final EscalationRecipients recipients;
	private final EscalationMail mail;
	private final NotificationService notifications;
	private final BreachService breaches;

	SendStepDelegate(EscalationSubjects subjects, Ladder ladder, EscalationRecipients recipients,
			EscalationMail mail, NotificationService notifications, BreachService breaches) {
		this.subjects = subjects;
		this.ladder = ladder;
		this.recipients = recipients;
		this.mail = mail;
		this.notifications = notifications;
		this.breaches = breaches;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String kind = EscalationProcess.subjectKind(execution);
		String id = EscalationProcess.subjectId(execution);
		Optional<Subject> found = subjects.find(kind, id).filter(Subject::open);
		if (found.isEmpty()) {
			return;
		}
		Subject subject = found.get();
		int index = ProcessVariables.required(EscalationProcess.stepIndex(execution), EscalationProcess.VAR_STEP_INDEX);
		int repeat = ProcessVariables.required(EscalationProcess.stepRepeat(execution), EscalationProcess.VAR_STEP_REPEAT);
		if (ladder.overtaken(subject, index, repeat)) {
			return;
		}
		if (ladder.notYet(subject, index, repeat)) {
			// Never early: the due time may have moved since the timer was set. Plan this step again.
			if (repeat > 0) {
				execution.setVariable(EscalationProcess.VAR_STEP_REPEAT, repeat - 1);
			}
			else if (index > 0) {
				execution.setVariable(EscalationProcess.VAR_STEP_INDEX, index - 1);
				execution.setVariable(EscalationProcess.VAR_STEP_REPEAT, 0);
			}
			else {
				execution.removeVariables(List.of(EscalationProcess.VAR_STEP_INDEX, EscalationProcess.VAR_STEP_REPEAT));
			}
			return;
		}
		EscalationProperties.Step step = ladder.step(subject, index);
		if (step.breach()) {
			breaches.record(kind, id, subject.unitId(), subject.typeKey(), subject.label(), subject.dueAt());
		}
		NotificationKey key = new NotificationKey(kind, id, EscalationProcess.step(execution));
		List<String> openTasks = subjects.openTasks(subject);
		Function<Recipient, MailContent> copyFor = mail.render(step, subject, openTasks);
		List<NotificationService.Outgoing> emails = recipients.of(step, subject, openTasks)
			.stream()
			.map(recipient -> new NotificationService.Outgoing(recipient, copyFor.apply(recipient)))
			.toList();
		List<String> failed = new ArrayList<>();
		notifications.deliverAll(key, subject.unitId(), emails).forEach((recipient, delivery) -> {
			if (delivery == Delivery.FAILED) {
				failed.add(recipient);
			}
		});
		if (!failed.isEmpty()) {
			throw new IllegalStateException("邮件发送失败，稍后重试（" + step.name() + "，收件人：" + String.join("、", failed) + "）");
		}
	}

}
