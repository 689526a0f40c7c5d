package cn.gongkai.obligation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import cn.gongkai.transaction.TransactionMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class ObligationRepository {

	private final JdbcClient jdbc;
	private final TransactionMemo<Long, Optional<Obligation>> read = new TransactionMemo<>();

	ObligationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(String typeKey, String unitId, String occasion) {
		return jdbc.sql("SELECT COUNT(*) FROM gk_obligation WHERE type_key = :type AND unit_id = :unit AND occasion = :occasion")
			.param("type", typeKey)
			.param("unit", unitId)
			.param("occasion", occasion)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The new obligation's id, or nothing if one of the type and unit already answers the occasion: the check and the
	 * insert in one statement, since the schedule opens thousands at once (the unique key still settles a race).
	 */
	OptionalLong insertIfNew(String typeKey, String unitId, String occasion, String sectionKey, String subject, Due due,
			OffsetDateTime now) {
		read.forget();
		var keys = new GeneratedKeyHolder();
		int inserted = jdbc.sql("""
				INSERT INTO gk_obligation (type_key, unit_id, occasion, section_key, subject, rule_text, rule_kind,
				base_day, amount, due_at, provisional, explanation, status, opened_at)
				SELECT :type, :unit, :occasion, :section, :subject, :ruleText, :rule, CAST(:baseDay AS DATE),
				CAST(:amount AS INT), :dueAt, :provisional, :explanation, :status, :now
				WHERE NOT EXISTS (SELECT 1 FROM gk_obligation
				                  WHERE type_key = :type AND unit_id = :unit AND occasion = :occasion)""")
			.param("type", typeKey)
			.param("unit", unitId)
			.param("occasion", occasion)
			.param("section", sectionKey)
			.param("subject", subject)
			.param("ruleText", due.ruleText())
			.param("rule", due.rule().name())
			.param("baseDay", due.baseDay())
			.param("amount", due.amount())
			.param("dueAt", due.dueAt())
			.param("provisional", due.provisional())
			.param("explanation", due.explanation())
			.param("status", ObligationStatus.OPEN.name())
			.param("now", now)
			.update(keys, "id");
		return inserted == 0 ? OptionalLong.empty() : OptionalLong.of(keys.getKeyAs(Number.class).longValue());
	}

	Optional<Obligation> find(long id) {
		return read.get(id, key -> jdbc.sql("SELECT * FROM gk_obligation WHERE id = :id")
			.param("id", key)
			.query(ObligationRepository::map)
			.optional());
	}

	Optional<Obligation> find(String typeKey, String unitId, String occasion) {
		return jdbc.sql("SELECT * FROM gk_obligation WHERE type_key = :type AND unit_id = :unit AND occasion = :occasion")
			.param("type", typeKey)
			.param("unit", unitId)
			.param("occasion", occasion)
			.query(ObligationRepository::map)
			.optional();
	}

	List<Obligation> openOfProcess(String processInstanceId) {
		return jdbc.sql("SELECT * FROM gk_obligation WHERE process_instance_id = :pi AND status = 'OPEN' ORDER BY id")
			.param("pi", processInstanceId)
			.query(ObligationRepository::map)
			.list();
	}

	List<Obligation> ofProcess(String typeKey, String processInstanceId) {
		return jdbc.sql("SELECT * FROM gk_obligation WHERE type_key = :type AND process_instance_id = :pi ORDER BY id")
			.param("type", typeKey)
			.param("pi", processInstanceId)
			.query(ObligationRepository::map)
			.list();
	}

	Optional<Obligation> openOfRecord(long recordId) {
		return jdbc.sql("SELECT * FROM gk_obligation WHERE record_id = :record AND status = :open ORDER BY id DESC")
			.param("record", recordId)
			.param("open", ObligationStatus.OPEN.name())
			.query(ObligationRepository::map)
			.list()
			.stream()
			.findFirst();
	}

	Optional<Obligation> ofRecord(long recordId) {
		return jdbc.sql("SELECT * FROM gk_obligation WHERE record_id = :record ORDER BY id DESC")
			.param("record", recordId)
			.query(ObligationRepository::map)
			.list()
			.stream()
			.findFirst();
	}

	long countOpen(boolean missedOnly) {
		return jdbc.sql("SELECT COUNT(*) FROM gk_obligation WHERE status = :open" + (missedOnly ? " AND missed_at IS NOT NULL" : ""))
			.param("open", ObligationStatus.OPEN.name())
			.query(Long.class)
			.single();
	}

	/** Per unit: obligations due in [from, to) (cancelled ones aside), met on time, met late, still open, overdue at {@code now}. */
	Map<String, DueFigures> figures(OffsetDateTime from, OffsetDateTime to, OffsetDateTime now) {
		Map<String, DueFigures> figures = new LinkedHashMap<>();
		jdbc.sql("""
				SELECT unit_id,
				  COUNT(*) AS due,
				  SUM(CASE WHEN status <> :open AND closed_at <= due_at THEN 1 ELSE 0 END) AS on_time,
				  SUM(CASE WHEN status <> :open AND closed_at > due_at THEN 1 ELSE 0 END) AS late,
				  SUM(CASE WHEN status = :open THEN 1 ELSE 0 END) AS still_open,
				  SUM(CASE WHEN status = :open AND due_at < :now THEN 1 ELSE 0 END) AS overdue
				FROM gk_obligation
				WHERE status <> :cancelled AND due_at >= :from AND due_at < :to
				GROUP BY unit_id""")
			.param("open", ObligationStatus.OPEN.name())
			.param("cancelled", ObligationStatus.CANCELLED.name())
			.param("from", from)
			.param("to", to)
			.param("now", now)
			.query((rs, row) -> figures.put(rs.getString("unit_id"), new DueFigures(rs.getInt("due"), rs.getInt("on_time"),
					rs.getInt("late"), rs.getInt("still_open"), rs.getInt("overdue"))))
			.list();
		return figures;
	}

	List<Obligation> openProvisional() {
		return jdbc.sql("SELECT * FROM gk_obligation WHERE status = 'OPEN' AND provisional ORDER BY id")
			.query(ObligationRepository::map)
			.list();
	}

	/** Open obligations, soonest due first; each filter applies only when given. */
	List<Obligation> open(String typeKey, String unitId, OffsetDateTime dueBefore, int limit) {
		return jdbc.sql("""
				SELECT * FROM gk_obligation WHERE status = 'OPEN'
				AND (CAST(:type AS VARCHAR(64)) IS NULL OR type_key = :type)
				AND (CAST(:unit AS VARCHAR(64)) IS NULL OR unit_id = :unit)
				AND (CAST(:before AS TIMESTAMP WITH TIME ZONE) IS NULL OR due_at < :before)
				ORDER BY due_at, id LIMIT :limit""")
			.param("type", typeKey)
			.param("unit", unitId)
			.param("before", dueBefore)
			.param("limit", limit)
			.query(ObligationRepository::map)
			.list();
	}

	void attachProcess(long id, String processInstanceId) {
		read.forget();
		jdbc.sql("UPDATE gk_obligation SET process_instance_id = :pi WHERE id = :id")
			.param("pi", processInstanceId)
			.param("id", id)
			.update();
	}

	void attachRecord(long id, long recordId) {
		read.forget();
		jdbc.sql("UPDATE gk_obligation SET record_id = :record WHERE id = :id").param("record", recordId).param("id", id).update();
	}

	void updateDue(long id, Due due) {
		read.forget();
		jdbc.sql("""
				UPDATE gk_obligation SET due_at = :dueAt, provisional = :provisional, explanation = :explanation
				WHERE id = :id""")
			.param("dueAt", due.dueAt())
			.param("provisional", due.provisional())
			.param("explanation", due.explanation())
			.param("id", id)
			.update();
	}

	/** First miss only: a timer fired again by a retry changes nothing. */
	int markMissed(long id, OffsetDateTime now) {
		read.forget();
		return jdbc.sql("UPDATE gk_obligation SET missed_at = :now WHERE id = :id AND status = 'OPEN' AND missed_at IS NULL")
			.param("now", now)
			.param("id", id)
			.update();
	}

	int close(long id, ObligationStatus status, String note, OffsetDateTime now) {
		read.forget();
		return jdbc.sql("""
				UPDATE gk_obligation SET status = :status, closing_note = :note, closed_at = :now
				WHERE id = :id AND status = 'OPEN'""")
			.param("status", status.name())
			.param("note", note)
			.param("now", now)
			.param("id", id)
			.update();
	}

	private static Obligation map(ResultSet rs, int row) throws SQLException {
		Integer amount = rs.getObject("amount") == null ? null : rs.getInt("amount");
		Long recordId = rs.getObject("record_id") == null ? null : rs.getLong("record_id");
		Due due = new Due(Due.Rule.valueOf(rs.getString("rule_kind")), rs.getString("rule_text"),
				rs.getObject("base_day", LocalDate.class), amount, rs.getObject("due_at", OffsetDateTime.class),
				rs.getBoolean("provisional"), rs.getString("explanation"));
		return new Obligation(rs.getLong("id"), rs.getString("type_key"), rs.getString("unit_id"),
				rs.getString("occasion"), rs.getString("subject"), due, ObligationStatus.valueOf(rs.getString("status")),
				rs.getString("process_instance_id"), recordId, rs.getObject("opened_at", OffsetDateTime.class),
				rs.getObject("missed_at", OffsetDateTime.class), rs.getObject("closed_at", OffsetDateTime.class),
				rs.getString("closing_note"), rs.getString("section_key"));
	}

}
