package cn.gongkai.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
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
		return send(List.of(new Claimed(id, new Outgoing(recipient, content)))).get(id);
	}

	/** One email of a batch. */
	public record Outgoing(Recipient recipient, MailContent content) {
	}

	/**
	 * Delivers the emails of one step to several recipients, each at most once, as {@link #deliver} does; but the
	 * usual case, none of them tried before, costs two commits and one connection to the mail server for the whole
	 * batch: the rows are created already claimed together, the emails sent over one connection, the outcomes written
	 * together. Returns each recipient's delivery, by user id.
	 */
	public Map<String, Delivery> deliverAll(NotificationKey key, String unitId, List<Outgoing> emails) {
		OffsetDateTime now = OffsetDateTime.now(clock);
		Map<String, Delivery> deliveries = new LinkedHashMap<>();
		if (emails.isEmpty()) {
			return deliveries;
		}
		Map<String, Long> existing = notifications.findAll(key,
				emails.stream().map(e -> e.recipient().userId()).toList());
		List<Outgoing> fresh = new ArrayList<>();
		for (Outgoing email : emails) {
			if (existing.containsKey(email.recipient().userId())) {
				// Tried before: claim it on its own, as a single delivery would.
				deliveries.put(email.recipient().userId(), deliver(key, unitId, email.recipient(), email.content()));
			}
			else {
				fresh.add(email);
			}
		}
		if (fresh.isEmpty()) {
			return deliveries;
		}
		List<Claimed> claimed;
		try {
			claimed = own.execute(tx -> fresh.stream()
				.map(email -> new Claimed(notifications.insertClaimed(key, unitId, email.recipient(),
						email.content().subject(), now, now.plus(lease)), email))
				.toList());
		}
		catch (DuplicateKeyException ex) {
			// Another sender created one of them a moment ago: take them one by one.
			fresh.forEach(email -> deliveries.put(email.recipient().userId(),
					deliver(key, unitId, email.recipient(), email.content())));
			return deliveries;
		}
		Map<Long, Delivery> sent = send(claimed);
		claimed.forEach(c -> deliveries.put(c.email().recipient().userId(), sent.get(c.id())));
		return deliveries;
	}

	/** How many emails of the log stand at {@code status}. */
	public long count(NotificationStatus status) {
		return notifications.count(status);
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
		try {
			return new Row(own.execute(tx -> notifications.insertClaimed(key, unitId, recipient, subject, now,
					now.plus(lease))), true);
		}
		catch (DuplicateKeyException ex) {
			return new Row(notifications.find(key, recipient.userId()).orElseThrow(), false);
		}
	}

	/** An email whose row this sender holds. */
	private record Claimed(long id, Outgoing email) {
	}

	/** Sends the claimed emails (over one connection) and writes every outcome in one transaction. */
	private Map<Long, Delivery> send(List<Claimed> claimed) {
		Map<Long, Delivery> deliveries = new LinkedHashMap<>();
		Map<Long, String> errors = new HashMap<>();
		List<Mailer.Message> messages = new ArrayList<>();
		for (Claimed email : claimed) {
			Recipient recipient = email.email().recipient();
			MailContent content = email.email().content();
			if (!recipient.hasAddress()) {
				deliveries.put(email.id(), Delivery.NO_ADDRESS);
				errors.put(email.id(), "收件人未登记电子邮箱");
			}
			else if (!mailer.configured()) {
				log.warn("[未发送：未配置邮件服务器] 致 {} <{}>：{}\n{}", recipient.name(), recipient.email(), content.subject(),
						content.text());
				deliveries.put(email.id(), Delivery.LOGGED);
			}
			else {
				messages.add(new Mailer.Message(email.id(), recipient.email(), content));
			}
		}
		if (!messages.isEmpty()) {
			Map<Long, String> failed = mailer.send(messages);
			for (Mailer.Message message : messages) {
				String error = failed.get(message.notificationId());
				if (failed.containsKey(message.notificationId())) {
					log.warn("Email {} to {} failed: {}", message.notificationId(), message.to(), error);
					deliveries.put(message.notificationId(), Delivery.FAILED);
					errors.put(message.notificationId(), error == null ? "发送失败" : error);
				}
				else {
					deliveries.put(message.notificationId(), Delivery.SENT);
				}
			}
		}
		OffsetDateTime now = OffsetDateTime.now(clock);
		own.executeWithoutResult(tx -> deliveries.forEach((id, delivery) -> notifications.finish(id,
				switch (delivery) {
					case SENT -> NotificationStatus.SENT;
					case LOGGED -> NotificationStatus.LOGGED;
					default -> NotificationStatus.FAILED;
				}, errors.get(id), now)));
		return deliveries;
	}

}
