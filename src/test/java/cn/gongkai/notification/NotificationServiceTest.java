package cn.gongkai.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import cn.gongkai.support.FaultyMailSender;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.MailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/** The notification log: without a mail server nothing is lost or pretended sent, and the office can search it. */
@GongkaiTest
class NotificationServiceTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	NotificationService configured;

	@Autowired
	Clock clock;

	@Test
	void withoutAMailServerTheEmailIsLoggedNotSentAndOnlyOnce() {
		var noServer = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
		var service = new NotificationService(new NotificationRepository(jdbc), new Mailer(noServer, "gongkai@zzhb.example"),
				transactions, clock, java.time.Duration.ofMinutes(4));
		MailServer.purge();
		var key = new NotificationKey("OBLIGATION", "console-" + UUID.randomUUID(), "ESCALATION");
		var recipient = new Recipient("jianceHead", "测试处长", "jiancehead@gongkai.example");
		var content = new MailContent("【逾期督办】监测处：测试", "正文", "<p>正文</p>");

		assertThat(service.mailServerConfigured()).isFalse();
		assertThat(service.deliver(key, "jiance", recipient, content)).isEqualTo(Delivery.LOGGED);
		assertThat(service.deliver(key, "jiance", recipient, content)).isEqualTo(Delivery.ALREADY_DONE);
		assertThat(MailServer.received()).isEmpty();
		var logged = service.search(key.subjectId(), null, null, null, 10);
		assertThat(logged).singleElement().satisfies(n -> {
			assertThat(n.status()).isEqualTo(NotificationStatus.LOGGED);
			assertThat(n.status().label()).contains("未发送");
			assertThat(n.sentAt()).isNull();
		});
	}

	@Test
	void aRecipientWithoutAnAddressIsRecordedAsFailedWithAReason() {
		var key = new NotificationKey("TASK", "no-address-" + UUID.randomUUID(), "REMINDER");
		Delivery delivery = configured.deliver(key, "jiance", new Recipient("nobody", "无邮箱", null),
				new MailContent("【到期提醒】测试", "正文", "<p>正文</p>"));
		assertThat(delivery).isEqualTo(Delivery.NO_ADDRESS);
		assertThat(configured.search(key.subjectId(), NotificationStatus.FAILED, null, null, 10)).singleElement()
			.satisfies(n -> assertThat(n.lastError()).isEqualTo("收件人未登记电子邮箱"));
	}

	@Test
	void aStepsEmailsGoTogetherAndOnlyTheRefusedOneIsSentAgain() throws Exception {
		MailServer.purge();
		var key = new NotificationKey("OBLIGATION", "batch-" + UUID.randomUUID(), "ESCALATION");
		var content = new MailContent("【逾期督办】监测处：批量测试", "正文", "<p>正文</p>");
		List<NotificationService.Outgoing> emails = List.of(
				new NotificationService.Outgoing(new Recipient("jianceDrafter", "起草人", "jiancedrafter@gongkai.example"),
						content),
				new NotificationService.Outgoing(new Recipient("jianceHead", "处长", "jiancehead@gongkai.example"), content),
				new NotificationService.Outgoing(new Recipient("nobody", "无邮箱", null), content));
		FaultyMailSender.failNextTo("jiancehead@gongkai.example");

		assertThat(configured.deliverAll(key, "jiance", emails)).containsExactly(entry("jianceDrafter", Delivery.SENT),
				entry("jianceHead", Delivery.FAILED), entry("nobody", Delivery.NO_ADDRESS));
		assertThat(configured.search(key.subjectId(), NotificationStatus.FAILED, null, null, 10))
			.extracting(Notification::recipient)
			.containsExactlyInAnyOrder("jianceHead", "nobody");

		assertThat(configured.deliverAll(key, "jiance", emails)).containsExactly(
				entry("jianceDrafter", Delivery.ALREADY_DONE), entry("jianceHead", Delivery.SENT),
				entry("nobody", Delivery.NO_ADDRESS));
		List<MimeMessage> received = MailServer.received();
		assertThat(received).extracting(MailServer::to)
			.containsExactlyInAnyOrder("jiancedrafter@gongkai.example", "jiancehead@gongkai.example");
		assertThat(received.stream().map(m -> header(m, "X-Gongkai-Notification")).distinct()).hasSize(2);
		assertThat(configured.search(key.subjectId(), NotificationStatus.SENT, null, null, 10))
			.extracting(Notification::recipient)
			.containsExactlyInAnyOrder("jianceDrafter", "jianceHead");
	}

	private static String header(MimeMessage message, String name) {
		try {
			return message.getHeader(name, null);
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void searchTakesWildcardsLiterally() {
		var key = new NotificationKey("TASK", "wild-" + UUID.randomUUID(), "REMINDER");
		configured.deliver(key, "jiance", new Recipient("jianceDrafter", "测试", "jiancedrafter@gongkai.example"),
				new MailContent("【到期提醒】100% 完成", "正文", "<p>正文</p>"));
		assertThat(configured.search("100% 完成", null, null, null, 50)).extracting(Notification::subjectId)
			.contains(key.subjectId());
		// As wildcards, "_" and "%" would match "100% 完成"; taken literally, they do not.
		assertThat(configured.search("100_", null, null, null, 50)).extracting(Notification::subjectId)
			.doesNotContain(key.subjectId());
		assertThat(configured.search("1%完成", null, null, null, 50)).extracting(Notification::subjectId)
			.doesNotContain(key.subjectId());
	}

}
