package cn.gongkai.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read side of the column: only the published-version table, never a draft or the engine's history. */
@Repository
public class PublishedRecords {

	private final JdbcClient jdbc;
	private final ChangeRepository changes;
	private final ColumnChangeLog columnChanges;

	PublishedRecords(JdbcClient jdbc, ChangeRepository changes, ColumnChangeLog columnChanges) {
		this.jdbc = jdbc;
		this.changes = changes;
		this.columnChanges = columnChanges;
	}

	/**
	 * A section's records, or all sections', as now published (a corrected record by its newest version, a retracted
	 * one not at all) matching a search, newest first. Every word must appear in the title, summary or body, literally
	 * (no wildcards); days are in the caller's time zone, given as the instants that bound them; every filter is
	 * optional.
	 */
	public List<PublishedRecord> search(ColumnQuery query, int offset, int limit) {
		return jdbc.sql(searchSql(query))
			.params(query.parameters())
			.param("offset", offset)
			.param("limit", limit)
			.query(PublishedRecords::published)
			.list();
	}

	/** Newest first, read in order from the entries' index of the query's section, or of all sections'. */
	static String searchSql(ColumnQuery query) {
		return "SELECT p.* FROM gk_column_entry e JOIN gk_published_version p ON p.id = e.version_id WHERE " + WHERE
				+ query.sectionCondition() + query.wordsCondition()
				+ " ORDER BY e.published_at DESC, e.version_id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY";
	}

	public long count(ColumnQuery query) {
		// Without words the count reads the entries' index alone.
		String sql = query.wordList().isEmpty()
				? "SELECT COUNT(*) FROM gk_column_entry e WHERE " + WHERE + query.sectionCondition()
				: "SELECT COUNT(*) FROM gk_column_entry e JOIN gk_published_version p ON p.id = e.version_id WHERE " + WHERE
						+ query.sectionCondition() + query.wordsCondition();
		return jdbc.sql(sql).params(query.parameters()).query(Long.class).single();
	}

	private static final String WHERE = """
			(CAST(:fromTime AS TIMESTAMP WITH TIME ZONE) IS NULL OR e.published_at >= :fromTime)
			AND (CAST(:toTime AS TIMESTAMP WITH TIME ZONE) IS NULL OR e.published_at < :toTime)
			AND (CAST(:unit AS VARCHAR(64)) IS NULL OR e.unit_id = :unit)""";

	public Optional<PublishedRecord> find(long id) {
		return jdbc.sql("SELECT * FROM gk_published_version WHERE id = :id")
			.param("id", id)
			.query(PublishedRecords::published)
			.optional();
	}

	/** The corrections and the retraction that took effect on a record, oldest first: the notes at its address. */
	public List<RecordChange> effectiveChanges(long recordId) {
		return changes.forRecord(recordId).stream().filter(c -> c.status() == RecordChange.Status.EFFECTIVE).toList();
	}

	/** Records on the column, each counted once by its current version. */
	public long countCurrent() {
		return jdbc.sql("SELECT COUNT(*) FROM gk_column_entry").query(Long.class).single();
	}

	/**
	 * A number that grows whenever anything is published, corrected or retracted, on any node: the column's change
	 * log numbers each of them, in the transaction that makes it effective. One row read, however long the column.
	 */
	public long stamp() {
		return columnChanges.last();
	}

	/**
	 * A section's versions that an effective change took off the column, newest change first: a retracted one, and one
	 * a correction replaced. What a site that copied the column must drop or replace.
	 */
	public List<Withdrawn> withdrawn(String sectionKey, int limit) {
		return jdbc.sql("""
				SELECT c.kind, c.reason, c.decided_at, c.previous_version_id, c.published_version_id
				FROM gk_record_change c JOIN gk_published_version p ON p.id = c.previous_version_id
				WHERE c.status = 'EFFECTIVE' AND p.section_key = :section
				ORDER BY c.decided_at DESC, c.id DESC
				LIMIT :limit""")
			.param("section", sectionKey)
			.param("limit", limit)
			.query((rs, n) -> new Withdrawn(rs.getLong("previous_version_id"), ChangeKind.valueOf(rs.getString("kind")),
					rs.getString("reason"), rs.getObject("decided_at", OffsetDateTime.class),
					(Long) rs.getObject("published_version_id", Long.class)))
			.list();
	}

	/**
	 * Up to {@code limit} of the column's changes numbered above {@code seq}, in the order they took effect: what a
	 * site that copied the column up to {@code seq} applies to stay equal to it.
	 */
	public List<ColumnChange> changesAfter(long seq, int limit) {
		return columnChanges.after(seq, limit);
	}

	/** The number of the column's latest change; 0 before anything was published. */
	public long lastChange() {
		return columnChanges.last();
	}

	public boolean isRetracted(long recordId) {
		return effectiveChanges(recordId).stream().anyMatch(c -> c.kind() == ChangeKind.RETRACTION);
	}

	/** The newest published version of a record, if it was ever published. */
	public Optional<Long> latestVersionId(long recordId) {
		return jdbc.sql("SELECT id FROM gk_published_version WHERE record_id = :id ORDER BY id DESC LIMIT 1")
			.param("id", recordId)
			.query(Long.class)
			.optional();
	}

	public List<PublishedRecord> forRecord(long recordId) {
		return jdbc.sql("SELECT * FROM gk_published_version WHERE record_id = :id ORDER BY id")
			.param("id", recordId)
			.query(PublishedRecords::published)
			.list();
	}

	private static PublishedRecord published(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new PublishedRecord(rs.getLong("id"), rs.getLong("record_id"), rs.getString("section_key"),
				rs.getString("unit_id"), rs.getString("title"), rs.getString("index_no"), rs.getString("summary"),
				rs.getString("body"), rs.getObject("date_formed", LocalDate.class),
				rs.getObject("published_at", OffsetDateTime.class));
	}

	/**
	 * The first published version of each record of a section whose date formed (生成日期) falls in [{@code from},
	 * {@code to}): what the column made public of a year's results, however late in the next year it was published,
	 * counted once whatever corrections followed, and not at all once retracted. Oldest first.
	 */
	public List<PublishedRecord> firstPublishedFormedIn(String sectionKey, LocalDate from, LocalDate to) {
		return jdbc.sql("""
				SELECT p.* FROM gk_published_version p JOIN gk_record r ON r.id = p.record_id
				WHERE p.section_key = :section AND r.status <> 'RETRACTED'
				AND p.id = (SELECT MIN(q.id) FROM gk_published_version q WHERE q.record_id = p.record_id)
				AND p.date_formed >= :from AND p.date_formed < :to ORDER BY p.date_formed, p.id""")
			.param("section", sectionKey)
			.param("from", from)
			.param("to", to)
			.query(PublishedRecords::published)
			.list();
	}

}
