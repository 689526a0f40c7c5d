package cn.gongkai.application;

import cn.gongkai.notification.MailContent;
import cn.gongkai.notification.NotificationKey;
import cn.gongkai.notification.NotificationService;
import cn.gongkai.notification.Recipient;
import cn.gongkai.site.Bureau;
import cn.gongkai.site.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.util.HtmlUtils;

/**
 * Emails a letter to the applicant who gave an address, once the letter is stored: the whole letter to one who asked
 * to receive the information by email, otherwise a notice to read it with the tracking number and code. The email
 * never carries the code; what fails to send stays in the notification log, and the letter on the tracking page.
 */
@Component
class LetterMail {

	private static final Logger log = LoggerFactory.getLogger(LetterMail.class);
	static final String SUBJECT_KIND = "APPLICATION";

	private final ApplicationService applications;
	private final NotificationService notifications;
	private final Bureau bureau;
	private final PublicUrl publicUrl;

	LetterMail(ApplicationService applications, NotificationService notifications, Bureau bureau, PublicUrl publicUrl) {
		this.applications = applications;
		this.notifications = notifications;
		this.bureau = bureau;
		this.publicUrl = publicUrl;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void letterIssued(LetterIssued event) {
		Application application = applications.get(event.applicationId());
		// Without a mail server the log would keep the letter; the applicant reads it on the tracking page.
		if (application.email() == null || !notifications.mailServerConfigured()) {
			return;
		}
		Letter letter = applications.letters(application.id())
			.stream()
			.filter(l -> l.id() == event.letterId())
			.findFirst()
			.orElseThrow();
		try {
			notifications.deliver(new NotificationKey(SUBJECT_KIND, application.trackingNo(), "LETTER-" + letter.id()),
					application.unitId() == null ? "office" : application.unitId(),
					new Recipient("applicant:" + application.trackingNo(), "申请人", application.email()),
					content(application, letter));
		}
		catch (RuntimeException ex) {
			log.warn("Letter {} of application {} could not be emailed; it stays on the tracking page", letter.id(),
					application.trackingNo(), ex);
		}
	}

	MailContent content(Application application, Letter letter) {
		String track = publicUrl.of("/apply/track");
		String intro = "您好：\n\n" + bureau.name() + "已就您的政府信息公开申请（查询号 " + application.trackingNo() + "）发出《"
				+ letter.title() + "》。";
		String outro = "您也可以凭查询号和查询码在 " + track + " 查看和下载本文书及办理进展。\n\n本邮件由系统自动发送，请勿直接回复。";
		String text = application.delivery() == Delivery.EMAIL
				? intro + "全文如下：\n\n" + letter.body() + "\n\n" + outro
				: intro + outro;
		String html = "<div style=\"white-space:pre-wrap;font-family:sans-serif\">" + HtmlUtils.htmlEscape(text) + "</div>";
		return new MailContent("【" + bureau.name() + "】" + letter.title(), text, html);
	}

}
