package cn.gongkai.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers each email at most once per (subject, step, recipient). The row is created already claimed (or, when it
 * exists, claimed), the email sent, and the outcome written, each in its own short transaction, so that a later failure
 * of the caller's transaction can neither undo a "sent" nor make a failed send look sent.
 */
@Service
public class NotificationService {

	private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

	private final NotificationRepository notifications;
	private final Mailer mailer;
	private final TransactionTemplate own;
	private final Clock clock;
	private final Duration lease;

	NotificationService(NotificationRepository notifications, Mailer mailer, PlatformTransactionManager transactions,
			Clock clock, @Value("${gongkai.mail.lease}") Duration lease) {
		this.notifications = notifications;
		this.mailer = mailer;
		this.own = new TransactionTemplate(transactions);
		this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.lease = lease;
	}

	public Delivery deliver(NotificationKey key, String unitId, Recipient recipient, MailContent content) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		Row row = row(key, unitId, recipient, content.subject(), now);
		long id = row.id();
		if (!row.claimed() && !Boolean.TRUE.equals(own.execute(tx -> notifications.claim(id, now, now.plus(lease))))) {
			if (own.execute(tx -> notifications.status(id)).done()) {
				return Delivery.ALREADY_DONE;
			}
			throw new NotificationBusyException(id);
		}
		if (!recipient.hasAddress()) {
			finish(id, NotificationStatus.FAILED, "收件人未登记电子邮箱");
			return Delivery.NO_ADDRESS;
		}
		if (!mailer.configured()) {
			log.warn("[未发送：未配置邮件服务器] 致 {} <{}>：{}\n{}", recipient.name(), recipient.email(), content.subject(),
					content.text());
			finish(id, NotificationStatus.LOGGED, null);
			return Delivery.LOGGED;
		}
		try {
			mailer.send(id, recipient.email(), content);
		}
		catch (MailException ex) {
			log.warn("Email {} to {} failed: {}", id, recipient.email(), ex.getMessage());
			finish(id, NotificationStatus.FAILED, ex.getMessage());
			return Delivery.FAILED;
		}
		finish(id, NotificationStatus.SENT, null);
		return Delivery.SENT;
	}

	public boolean mailServerConfigured() {
		return mailer.configured();
	}

	/** The office's notification log, newest first; every filter is optional. */
	public List<Notification> search(String text, NotificationStatus status, LocalDate from, LocalDate to, int limit) {
		return notifications.search(text, status,
				from == null ? null : from.atStartOfDay(clock.getZone()).toOffsetDateTime(),
				to == null ? null : to.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime(), limit);
	}

	/** An email's row, and whether this sender created it, already claimed. */
	private record Row(long id, boolean claimed) {
	}

	/**
	 * Creates the row already claimed by this sender, so the first attempt costs one commit less; a row that exists
	 * (an earlier attempt, or another sender a moment ago) still has to be claimed.
	 */
	private Row row(NotificationKey key, String unitId, Recipient recipient, String subject, OffsetDateTime now) {
		Optional<Long> existing = notifications.find(key, recipient.userId());
		if (existing.isPresent()) {
			return new Row(existing.get(), false);
		}
		boolean created;
		try {
			own.executeWithoutResult(tx -> notifications.insertClaimed(key, unitId, recipient, subject, now, now.plus(lease)));
			created = true;
		}
		catch (DuplicateKeyException ex) {
			created = false;
		}
		return new Row(notifications.find(key, recipient.userId()).orElseThrow(), created);
	}

	private void finish(long id, NotificationStatus status, String error) {
		own.executeWithoutResult(tx -> notifications.finish(id, status, error, OffsetDateTime.now(clock)));
	}

}
