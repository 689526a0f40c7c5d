package cn.gongkai.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends over SMTP when a mail server is configured ({@code spring.mail.host}); without one, the system runs and keeps
 * its emails in the notification log instead.
 */
@Component
class Mailer {

	private final ObjectProvider<JavaMailSender> sender;
	private final String from;

	Mailer(ObjectProvider<JavaMailSender> sender, @Value("${gongkai.mail.from}") String from) {
		this.sender = sender;
		this.from = from;
	}

	boolean configured() {
		return sender.getIfAvailable() != null;
	}

	void send(long notificationId, String to, MailContent content) {
		JavaMailSender mail = sender.getObject();
		MimeMessage message = mail.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(content.subject());
			helper.setText(content.text(), content.html());
			// Lets a mail system that sees the same email twice after a crash recognise it.
			message.setHeader("X-Gongkai-Notification", String.valueOf(notificationId));
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
		mail.send(message);
	}

}
