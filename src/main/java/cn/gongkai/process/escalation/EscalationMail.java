package cn.gongkai.process.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import cn.gongkai.notification.MailContent;
import cn.gongkai.notification.Recipient;
import cn.gongkai.organization.Organization;
import cn.gongkai.site.PublicUrl;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The Chinese email of one step, from {@code templates/mail/escalation.txt} and {@code .html}. */
@Component
class EscalationMail {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	static final String TASKLIST = "/camunda/app/tasklist/default/";

	private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
	private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
	private final Organization organization;
	private final PublicUrl publicUrl;
	private final Clock clock;

	EscalationMail(Organization organization, PublicUrl publicUrl, Clock clock) {
		this.organization = organization;
		this.publicUrl = publicUrl;
		this.clock = clock;
	}

	MailContent render(EscalationProperties.Step step, Subject subject, Recipient recipient) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		String unitName = organization.unitNames().getOrDefault(subject.unitId(), subject.unitId());
		Context context = new Context();
		context.setVariable("recipientName", recipient.name());
		context.setVariable("stepName", step.name());
		context.setVariable("unitName", unitName);
		context.setVariable("label", subject.label());
		context.setVariable("due", subject.dueAt().atZoneSameInstant(clock.getZone()).format(MINUTE));
		context.setVariable("overdue", now.isAfter(subject.dueAt()));
		context.setVariable("lateness", lateness(subject.dueAt(), now));
		context.setVariable("explanation", subject.explanation());
		context.setVariable("link", link(subject));
		String mailSubject = "【" + step.name() + "】" + unitName + "：" + subject.label();
		if (mailSubject.length() > 200) {
			mailSubject = mailSubject.substring(0, 199) + "…";
		}
		return new MailContent(mailSubject, text.process("escalation", context), html.process("escalation", context));
	}

	/** The Tasklist page of the task where the work waits. */
	String link(Subject subject) {
		return publicUrl.of(TASKLIST + (subject.openTaskIds().isEmpty() ? "" : "#/?task=" + subject.openTaskIds().get(0)));
	}

	static String lateness(OffsetDateTime due, OffsetDateTime now) {
		Duration gap = Duration.between(now, due).abs();
		String amount = gap.toDays() > 0 ? gap.toDays() + " 天 " + gap.toHoursPart() + " 小时"
				: gap.toHours() > 0 ? gap.toHours() + " 小时 " + gap.toMinutesPart() + " 分钟" : gap.toMinutes() + " 分钟";
		return now.isAfter(due) ? "已逾期 " + amount : "距截止还有 " + amount;
	}

	private static TemplateEngine engine(TemplateMode mode, String suffix) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(suffix);
		resolver.setTemplateMode(mode);
		resolver.setCharacterEncoding("UTF-8");
		TemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		return engine;
	}

}
