package cn.gongkai.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The real SMTP client to {@link MailServer}, with one fault a test can switch on: the next email to a given address
 * fails, as a mail server refusing one delivery would. Everything else goes over SMTP as in production.
 */
public class FaultyMailSender extends JavaMailSenderImpl {

	private static final Set<String> FAIL_NEXT = ConcurrentHashMap.newKeySet();

	public FaultyMailSender(int port) {
		setHost("127.0.0.1");
		setPort(port);
		setDefaultEncoding("UTF-8");
		setJavaMailProperties(new java.util.Properties());
		getJavaMailProperties().putAll(Map.of("mail.smtp.connectiontimeout", "2000", "mail.smtp.timeout", "5000"));
	}

	public static void failNextTo(String address) {
		FAIL_NEXT.add(address);
	}

	/** Refuses the marked messages and sends the rest over one connection, as Spring reports a partial failure. */
	@Override
	protected void doSend(MimeMessage[] messages, Object[] originals) {
		List<MimeMessage> sent = new ArrayList<>();
		Map<Object, Exception> refused = new LinkedHashMap<>();
		for (int i = 0; i < messages.length; i++) {
			try {
				String to = messages[i].getAllRecipients()[0].toString();
				if (FAIL_NEXT.remove(to)) {
					refused.put(originals != null ? originals[i] : messages[i],
							new MessagingException("554 测试：邮件服务器拒绝投递给 " + to));
				}
				else {
					sent.add(messages[i]);
				}
			}
			catch (MessagingException ex) {
				throw new MailSendException("Unreadable test message", ex);
			}
		}
		if (!sent.isEmpty()) {
			super.doSend(sent.toArray(MimeMessage[]::new), null);
		}
		if (!refused.isEmpty()) {
			throw new MailSendException(refused);
		}
	}

}
