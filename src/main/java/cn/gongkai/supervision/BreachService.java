package cn.gongkai.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The record of who fell behind: one breach per obligation or review task, whatever fires twice. */
@Service
public class BreachService {

	private final JdbcClient jdbc;
	private final Clock clock;

	BreachService(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records the breach once; a second call for the same subject changes nothing. */
	@Transactional
	public boolean record(String subjectKind, String subjectId, String unitId, String typeKey, String label,
			OffsetDateTime dueAt) {
		boolean known = jdbc.sql("SELECT COUNT(*) FROM gk_breach WHERE subject_kind = :kind AND subject_id = :subject")
			.param("kind", subjectKind)
			.param("subject", subjectId)
			.query(Long.class)
			.single() > 0;
		if (known) {
			return false;
		}
		jdbc.sql("""
				INSERT INTO gk_breach (subject_kind, subject_id, unit_id, type_key, label, due_at, recorded_at)
				VALUES (:kind, :subject, :unit, :type, :label, :due, :now)""")
			.param("kind", subjectKind)
			.param("subject", subjectId)
			.param("unit", unitId)
			.param("type", typeKey)
			.param("label", label.length() > 300 ? label.substring(0, 300) : label)
			.param("due", dueAt)
			.param("now", OffsetDateTime.now(clock))
			.update();
		return true;
	}

	/** The breaches whose due time fell in {@code month} (Asia/Shanghai), earliest first. */
	public long count() {
		return jdbc.sql("SELECT COUNT(*) FROM gk_breach").query(Long.class).single();
	}

	public List<Breach> inMonth(YearMonth month) {
		return jdbc.sql("SELECT * FROM gk_breach WHERE due_at >= :from AND due_at < :to ORDER BY due_at, id")
			.param("from", month.atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
			.param("to", month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
			.query(BreachService::map)
			.list();
	}

	private static Breach map(ResultSet rs, int row) throws SQLException {
		return new Breach(rs.getLong("id"), rs.getString("subject_kind"), rs.getString("subject_id"),
				rs.getString("unit_id"), rs.getString("type_key"), rs.getString("label"),
				rs.getObject("due_at", OffsetDateTime.class), rs.getObject("recorded_at", OffsetDateTime.class));
	}

}
