package cn.gongkai.support;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One real SMTP server (GreenMail) per test JVM, on a port of its own; every Spring context of the suite sends to it.
 * Tests can take it down and bring it back on the same port, as a mail server outage would.
 */
public final class MailServer {

	private static GreenMail server;
	private static int port;

	private MailServer() {
	}

	public static synchronized int port() {
		if (server == null) {
			start(0);
		}
		return port;
	}

	public static synchronized void stop() {
		server.stop();
	}

	public static synchronized void restart() {
		start(port);
	}

	public static synchronized void restartIfStopped() {
		if (server != null && !server.isRunning()) {
			restart();
		}
	}

	public static synchronized void purge() {
		port();
		try {
			server.purgeEmailFromAllMailboxes();
		}
		catch (com.icegreen.greenmail.store.FolderException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static synchronized List<MimeMessage> received() {
		return Arrays.asList(server.getReceivedMessages());
	}

	/** The first recipient address of a message. */
	public static String to(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The plain-text body of a message (the HTML alternative says the same). */
	public static String text(MimeMessage message) {
		try {
			return text((jakarta.mail.Part) message);
		}
		catch (MessagingException | java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(jakarta.mail.Part part) throws MessagingException, java.io.IOException {
		if (part.isMimeType("text/plain")) {
			return (String) part.getContent();
		}
		if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String text = text(multipart.getBodyPart(i));
				if (text != null) {
					return text;
				}
			}
		}
		return null;
	}

	private static void start(int onPort) {
		ServerSetup setup = new ServerSetup(onPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
		if (onPort != 0) {
			setup = new ServerSetup(onPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
		}
		server = new GreenMail(setup);
		server.start();
		port = server.getSmtp().getPort();
	}

}
