package cn.gongkai.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The column's changes in the order they took effect, written in the transaction that makes each one effective, so
 * that a site polling with the last number it saw misses none.
 */
@Repository
class ColumnChangeLog {

	private final JdbcClient jdbc;

	ColumnChangeLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Takes the next number under the counter row's lock, held until the caller's transaction ends: a later number can
	 * only commit after every earlier one has, so a reader that sees a number has seen all below it. The lock lasts until
	 * the engine's command that publishes commits, so publications queue here one at a time; they are a few a day.
	 * Called last in the publication, so that the queue holds as little of the work as possible.
	 */
	void append(ColumnChange.Kind kind, long recordId, long versionId, Long replacedVersionId, Long changeId,
			OffsetDateTime at) {
		jdbc.sql("UPDATE gk_column_change_seq SET last_seq = last_seq + 1 WHERE id = 1").update();
		long seq = last();
		int written = jdbc.sql("""
				INSERT INTO gk_column_change (seq, kind, record_id, version_id, replaced_version_id, change_id, section_key,
				effective_at)
				SELECT :seq, :kind, :record, id, CAST(:replaced AS BIGINT), CAST(:change AS BIGINT), section_key, :at
				FROM gk_published_version
				WHERE id = :version AND record_id = :record""")
			.param("seq", seq)
			.param("kind", kind.name())
			.param("record", recordId)
			.param("version", versionId)
			.param("replaced", replacedVersionId)
			.param("change", changeId)
			.param("at", at)
			.update();
		if (written != 1) {
			throw new IllegalStateException("Published version " + versionId + " is not of record " + recordId);
		}
	}

	/** The last number given out and committed (or given out by the caller's own transaction). */
	long last() {
		return jdbc.sql("SELECT last_seq FROM gk_column_change_seq WHERE id = 1").query(Long.class).single();
	}

	/** Up to {@code limit} changes numbered above {@code seq}, in order. */
	List<ColumnChange> after(long seq, int limit) {
		return jdbc.sql("""
				SELECT c.seq, c.kind, c.version_id, c.replaced_version_id, c.section_key, c.effective_at, rc.reason,
				  p.title, p.index_no, p.summary, p.unit_id, p.date_formed, p.published_at,
				  (SELECT MIN(f.id) FROM gk_published_version f WHERE f.record_id = c.record_id) AS record_key,
				  CASE WHEN EXISTS (SELECT 1 FROM gk_column_change r WHERE r.record_id = c.record_id AND r.kind = 'RETRACTED')
				    THEN 1 ELSE 0 END AS retracted
				FROM gk_column_change c
				JOIN gk_published_version p ON p.id = c.version_id
				LEFT JOIN gk_record_change rc ON rc.id = c.change_id
				WHERE c.seq > :seq
				ORDER BY c.seq
				FETCH FIRST :limit ROWS ONLY""")
			.param("seq", seq)
			.param("limit", limit)
			.query(ColumnChangeLog::change)
			.list();
	}

	private static ColumnChange change(ResultSet rs, int row) throws SQLException {
		var kind = ColumnChange.Kind.valueOf(rs.getString("kind"));
		boolean textPublic = kind != ColumnChange.Kind.RETRACTED && rs.getInt("retracted") == 0;
		return new ColumnChange(rs.getLong("seq"), kind, rs.getLong("record_key"), rs.getLong("version_id"),
				(Long) rs.getObject("replaced_version_id", Long.class), rs.getString("section_key"),
				rs.getObject("effective_at", OffsetDateTime.class), rs.getString("reason"),
				textPublic ? new ColumnChange.Listing(rs.getString("title"), rs.getString("index_no"),
						rs.getString("summary"), rs.getString("unit_id"), rs.getObject("date_formed", LocalDate.class),
						rs.getObject("published_at", OffsetDateTime.class)) : null);
	}

}
