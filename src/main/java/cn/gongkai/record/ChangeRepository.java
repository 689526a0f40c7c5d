package cn.gongkai.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ChangeRepository {

	private final JdbcClient jdbc;

	ChangeRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long recordId, ChangeKind kind, String reason, String requestedBy, OffsetDateTime now,
			long previousVersionId) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO gk_record_change (record_id, kind, status, reason, requested_by, requested_at, previous_version_id)
				VALUES (:record, :kind, 'PENDING', :reason, :by, :now, :previous)""")
			.param("record", recordId)
			.param("kind", kind.name())
			.param("reason", reason)
			.param("by", requestedBy)
			.param("now", now)
			.param("previous", previousVersionId)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<RecordChange> pending(long recordId) {
		return jdbc.sql("SELECT * FROM gk_record_change WHERE record_id = :id AND status = 'PENDING'")
			.param("id", recordId)
			.query(ChangeRepository::change)
			.optional();
	}

	List<RecordChange> forRecord(long recordId) {
		return jdbc.sql("SELECT * FROM gk_record_change WHERE record_id = :id ORDER BY id")
			.param("id", recordId)
			.query(ChangeRepository::change)
			.list();
	}

	void updateReason(long changeId, String reason) {
		jdbc.sql("UPDATE gk_record_change SET reason = :reason WHERE id = :id AND status = 'PENDING'")
			.param("id", changeId)
			.param("reason", reason)
			.update();
	}

	void decide(long changeId, RecordChange.Status status, Long publishedVersionId, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE gk_record_change SET status = :status, published_version_id = :published, decided_at = :now
				WHERE id = :id AND status = 'PENDING'""")
			.param("id", changeId)
			.param("status", status.name())
			.param("published", publishedVersionId)
			.param("now", now)
			.update();
	}

	private static RecordChange change(ResultSet rs, int row) throws SQLException {
		return new RecordChange(rs.getLong("id"), rs.getLong("record_id"), ChangeKind.valueOf(rs.getString("kind")),
				RecordChange.Status.valueOf(rs.getString("status")), rs.getString("reason"),
				rs.getString("requested_by"), rs.getObject("requested_at", OffsetDateTime.class),
				rs.getLong("previous_version_id"), (Long) rs.getObject("published_version_id", Long.class),
				rs.getObject("decided_at", OffsetDateTime.class));
	}

}
