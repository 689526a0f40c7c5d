package cn.gongkai.record;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReviewRepository {

	private final JdbcClient jdbc;

	ReviewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(long recordId, int versionNo, ReviewLevel level, String reviewerId, String decision,
			LegalBasis legalBasis, String basis, String conclusion, OffsetDateTime now) {
		jdbc.sql("""
				INSERT INTO gk_review_record (record_id, version_no, review_level, reviewer_id, decision, legal_basis,
				basis, conclusion, decided_at)
				VALUES (:recordId, :versionNo, :level, :reviewer, :decision, :legalBasis, :basis, :conclusion, :now)""")
			.param("recordId", recordId)
			.param("versionNo", versionNo)
			.param("level", level.name())
			.param("reviewer", reviewerId)
			.param("decision", decision)
			.param("legalBasis", legalBasis == null ? null : legalBasis.name())
			.param("basis", basis)
			.param("conclusion", conclusion)
			.param("now", now)
			.update();
	}

	List<ReviewEntry> forRecord(long recordId) {
		return jdbc.sql("SELECT * FROM gk_review_record WHERE record_id = :id ORDER BY decided_at, id")
			.param("id", recordId)
			.query((rs, row) -> new ReviewEntry(rs.getLong("id"), rs.getLong("record_id"), rs.getInt("version_no"),
					ReviewLevel.valueOf(rs.getString("review_level")), rs.getString("reviewer_id"),
					rs.getString("decision"),
					rs.getString("legal_basis") == null ? null : LegalBasis.valueOf(rs.getString("legal_basis")),
					rs.getString("basis"), rs.getString("conclusion"),
					rs.getObject("decided_at", OffsetDateTime.class)))
			.list();
	}

}
