package cn.gongkai.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

	private final JdbcClient jdbc;

	long count(NotificationStatus status) {
		return jdbc.sql("SELECT COUNT(*) FROM gk_notification WHERE status = :status")
			.param("status", status.name())
			.query(Long.class)
			.single();
	}

	NotificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Long> find(NotificationKey key, String recipient) {
		return jdbc.sql("""
				SELECT id FROM gk_notification WHERE subject_kind = :kind AND subject_id = :subject AND step = :step
				AND recipient = :recipient""")
			.param("kind", key.subjectKind())
			.param("subject", key.subjectId())
			.param("step", key.step())
			.param("recipient", recipient)
			.query(Long.class)
			.optional();
	}

	/** The rows of one (subject, step) for these recipients, by recipient. */
	Map<String, Long> findAll(NotificationKey key, Collection<String> recipients) {
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("""
				SELECT recipient, id FROM gk_notification WHERE subject_kind = :kind AND subject_id = :subject AND step = :step
				AND recipient IN (:recipients)""")
			.param("kind", key.subjectKind())
			.param("subject", key.subjectId())
			.param("step", key.step())
			.param("recipients", recipients)
			.query((rs, n) -> ids.put(rs.getString("recipient"), rs.getLong("id")))
			.list();
		return ids;
	}

	/** A new email, claimed by its creator for {@code leaseUntil}; its id. */
	long insertClaimed(NotificationKey key, String unitId, Recipient recipient, String mailSubject, OffsetDateTime now,
			OffsetDateTime leaseUntil) {
		KeyHolder id = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO gk_notification (subject_kind, subject_id, step, recipient, email, unit_id, mail_subject, status,
				lease_until, attempts, created_at, updated_at)
				VALUES (:kind, :subject, :step, :recipient, :email, :unit, :mailSubject, 'SENDING', :lease, 1, :now, :now)""")
			.param("lease", leaseUntil)
			.param("kind", key.subjectKind())
			.param("subject", key.subjectId())
			.param("step", key.step())
			.param("recipient", recipient.userId())
			.param("email", recipient.email())
			.param("unit", unitId)
			.param("mailSubject", mailSubject)
			.param("now", now)
			.update(id, "id");
		return id.getKeyAs(Long.class);
	}

	/** Takes the email for this sender if nobody has sent it and nobody holds a valid lease on it. */
	boolean claim(long id, OffsetDateTime now, OffsetDateTime leaseUntil) {
		return jdbc.sql("""
				UPDATE gk_notification SET status = 'SENDING', lease_until = :lease, attempts = attempts + 1, updated_at = :now
				WHERE id = :id AND (status IN ('NEW', 'FAILED') OR (status = 'SENDING' AND lease_until < :now))""")
			.param("lease", leaseUntil)
			.param("now", now)
			.param("id", id)
			.update() == 1;
	}

	NotificationStatus status(long id) {
		return NotificationStatus.valueOf(jdbc.sql("SELECT status FROM gk_notification WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single());
	}

	void finish(long id, NotificationStatus status, String error, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE gk_notification SET status = :status, last_error = :error, lease_until = NULL, updated_at = :now,
				sent_at = CASE WHEN :status = 'SENT' THEN :now ELSE sent_at END
				WHERE id = :id AND status = 'SENDING'""")
			.param("status", status.name())
			.param("error", error == null ? null : error.substring(0, Math.min(error.length(), 1000)))
			.param("now", now)
			.param("id", id)
			.update();
	}

	/** Newest first; {@code text} matches recipient, address, unit and subject literally (no wildcards). */
	List<Notification> search(String text, NotificationStatus status, OffsetDateTime from, OffsetDateTime to, int limit) {
		String pattern = text == null || text.isBlank() ? null
				: "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("""
				SELECT * FROM gk_notification WHERE
				(CAST(:pattern AS VARCHAR(400)) IS NULL OR subject_id LIKE :pattern ESCAPE '\\'
				  OR recipient LIKE :pattern ESCAPE '\\' OR email LIKE :pattern ESCAPE '\\'
				  OR unit_id LIKE :pattern ESCAPE '\\' OR mail_subject LIKE :pattern ESCAPE '\\')
				AND (CAST(:status AS VARCHAR(16)) IS NULL OR status = :status)
				AND (CAST(:fromTime AS TIMESTAMP WITH TIME ZONE) IS NULL OR created_at >= :fromTime)
				AND (CAST(:toTime AS TIMESTAMP WITH TIME ZONE) IS NULL OR created_at < :toTime)
				ORDER BY created_at DESC, id DESC LIMIT :limit""")
			.param("pattern", pattern)
			.param("status", status == null ? null : status.name())
			.param("fromTime", from)
			.param("toTime", to)
			.param("limit", limit)
			.query(NotificationRepository::map)
			.list();
	}

	private static Notification map(ResultSet rs, int row) throws SQLException {
		return new Notification(rs.getLong("id"), rs.getString("subject_kind"), rs.getString("subject_id"),
				rs.getString("step"), rs.getString("recipient"), rs.getString("email"), rs.getString("unit_id"),
				rs.getString("mail_subject"), NotificationStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
				rs.getString("last_error"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class));
	}

}
