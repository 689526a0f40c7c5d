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

	PublishedRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A section's published versions matching a search, newest first. Words match title or body literally (no
	 * wildcards); days are in the caller's time zone, given as the instants that bound them; every filter is optional.
	 */
	public List<PublishedRecord> search(ColumnQuery query, int offset, int limit) {
		return jdbc.sql("SELECT * FROM gk_published_version WHERE " + WHERE
				+ " ORDER BY published_at DESC, id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
			.params(query.parameters())
			.param("offset", offset)
			.param("limit", limit)
			.query(PublishedRecords::published)
			.list();
	}

	public long count(ColumnQuery query) {
		return jdbc.sql("SELECT COUNT(*) FROM gk_published_version WHERE " + WHERE)
			.params(query.parameters())
			.query(Long.class)
			.single();
	}

	private static final String WHERE = """
			section_key = :section
			AND (CAST(:pattern AS VARCHAR(200)) IS NULL OR title LIKE :pattern ESCAPE '\\' OR body LIKE :pattern ESCAPE '\\')
			AND (CAST(:fromTime AS TIMESTAMP WITH TIME ZONE) IS NULL OR published_at >= :fromTime)
			AND (CAST(:toTime AS TIMESTAMP WITH TIME ZONE) IS NULL OR published_at < :toTime)
			AND (CAST(:unit AS VARCHAR(64)) IS NULL OR unit_id = :unit)""";

	public Optional<PublishedRecord> find(long id) {
		return jdbc.sql("SELECT * FROM gk_published_version WHERE id = :id")
			.param("id", id)
			.query(PublishedRecords::published)
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

}
