package cn.gongkai.notification;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Sends over SMTP when a mail server is configured ({@code spring.mail.host}); without one, the system runs and keeps
 * its emails in the notification log instead.
 */
@Component
class Mailer {

	private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

	static {
		// Jakarta Mail 2.1 looks its stream provider up through ServiceLoader for every multipart and every encoded
		// header, reading every jar of the class path each time (jakartaee/mail-api#699, #861): measured in the deadline
		// storm, most of the CPU of sending an email. Named as a system property, it is loaded by class name instead.
		String provider = "org.eclipse.angus.mail.util.MailStreamProvider";
		if (System.getProperty(STREAM_PROVIDER) == null && ClassUtils.isPresent(provider, Mailer.class.getClassLoader())) {
			System.setProperty(STREAM_PROVIDER, provider);
		}
	}

	private final ObjectProvider<JavaMailSender> sender;
	private final String from;

	Mailer(ObjectProvider<JavaMailSender> sender, @Value("${gongkai.mail.from}") String from) {
		this.sender = sender;
		this.from = from;
	}

	boolean configured() {
		return sender.getIfAvailable() != null;
	}

	/** One email to send, with its row's id. */
	record Message(long notificationId, String to, MailContent content) {
	}

	/**
	 * Sends the emails over one connection to the mail server. Returns the ones that failed, by row id, with the
	 * reason; a connection that cannot be made fails them all.
	 */
	Map<Long, String> send(List<Message> messages) {
		JavaMailSender mail = sender.getObject();
		Map<MimeMessage, Long> ids = new IdentityHashMap<>();
		MimeMessage[] mimes = new MimeMessage[messages.size()];
		for (int i = 0; i < mimes.length; i++) {
			mimes[i] = mime(mail, messages.get(i));
			ids.put(mimes[i], messages.get(i).notificationId());
		}
		try {
			mail.send(mimes);
			return Map.of();
		}
		catch (MailSendException ex) {
			Map<Long, String> failed = new LinkedHashMap<>();
			ex.getFailedMessages().forEach((message, cause) -> failed.put(ids.get(message), cause.getMessage()));
			return failed.isEmpty() ? allFailed(messages, ex) : failed;
		}
		catch (MailException ex) {
			return allFailed(messages, ex);
		}
	}

	private static Map<Long, String> allFailed(List<Message> messages, Exception ex) {
		Map<Long, String> failed = new LinkedHashMap<>();
		messages.forEach(message -> failed.put(message.notificationId(), ex.getMessage()));
		return failed;
	}

	private MimeMessage mime(JavaMailSender mail, Message content) {
		MimeMessage message = mail.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(from);
			helper.setTo(content.to());
			helper.setSubject(content.content().subject());
			helper.setText(content.content().text(), content.content().html());
			// Lets a mail system that sees the same email twice after a crash recognise it.
			message.setHeader("X-Gongkai-Notification", String.valueOf(content.notificationId()));
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
		return message;
	}

}
