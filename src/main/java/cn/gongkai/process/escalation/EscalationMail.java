package cn.gongkai.process.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.gongkai.escalation.EscalationProperties;
import cn.gongkai.escalation.Subject;
import cn.gongkai.notification.MailContent;
import cn.gongkai.notification.MailTemplates;
import cn.gongkai.notification.Recipient;
import cn.gongkai.organization.Organization;
import cn.gongkai.site.PublicUrl;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The Chinese email of one step, from {@code templates/mail/escalation.txt} and {@code .html}. */
@Component
class EscalationMail {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	static final String TASKLIST = "/camunda/app/tasklist/default/";

	/** Where a recipient's name goes: private-use characters, which no template, label or name contains. */
	static final String NAME_SLOT = "\uE000收件人\uE000";

	private final MailTemplates templates;
	private final Organization organization;
	private final PublicUrl publicUrl;
	private final Clock clock;

	EscalationMail(MailTemplates templates, Organization organization, PublicUrl publicUrl, Clock clock) {
		this.templates = templates;
		this.organization = organization;
		this.publicUrl = publicUrl;
		this.clock = clock;
	}

	/**
	 * A step's email, rendered once for all its recipients: their copies differ only in the salutation, which is put in
	 * each afterwards (escaped for the HTML part), so that a storm of overdue work renders each template once a step,
	 * not once a recipient.
	 */
	Function<Recipient, MailContent> render(EscalationProperties.Step step, Subject subject, List<String> openTasks) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		String unitName = organization.unitNames().getOrDefault(subject.unitId(), subject.unitId());
		Map<String, Object> variables = new HashMap<>();
		variables.put("recipientName", NAME_SLOT);
		variables.put("stepName", step.name());
		variables.put("unitName", unitName);
		variables.put("label", subject.label());
		variables.put("due", subject.dueAt().atZoneSameInstant(clock.getZone()).format(MINUTE));
		variables.put("overdue", now.isAfter(subject.dueAt()));
		variables.put("lateness", lateness(subject.dueAt(), now));
		variables.put("explanation", subject.explanation());
		variables.put("link", link(openTasks));
		MailContent shared = templates.render("escalation", "【" + step.name() + "】" + unitName + "：" + subject.label(),
				variables);
		return recipient -> new MailContent(shared.subject(), shared.text().replace(NAME_SLOT, recipient.name()),
				shared.html().replace(NAME_SLOT, HtmlUtils.htmlEscape(recipient.name())));
	}

	/** The Tasklist page of the task where the work waits. */
	String link(List<String> openTasks) {
		return publicUrl.of(TASKLIST + (openTasks.isEmpty() ? "" : "#/?task=" + openTasks.get(0)));
	}

	static String lateness(OffsetDateTime due, OffsetDateTime now) {
		Duration gap = Duration.between(now, due).abs();
		String amount = gap.toDays() > 0 ? gap.toDays() + " 天 " + gap.toHoursPart() + " 小时"
				: gap.toHours() > 0 ? gap.toHours() + " 小时 " + gap.toMinutesPart() + " 分钟" : gap.toMinutes() + " 分钟";
		return now.isAfter(due) ? "已逾期 " + amount : "距截止还有 " + amount;
	}

}
