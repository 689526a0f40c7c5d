package cn.gongkai.record;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import cn.gongkai.transaction.TransactionMemo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class RecordRepository {

	private final JdbcClient jdbc;

	private final TransactionMemo<Long, Optional<Record>> records = new TransactionMemo<>();
	private final TransactionMemo<Long, Integer> versionNos = new TransactionMemo<>();

	RecordRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String typeKey, String sectionKey, String unitId, String drafterId, String title, OffsetDateTime now) {
		forget();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO gk_record (type_key, section_key, unit_id, drafter_id, status, title, created_at, updated_at)
				VALUES (:type, :section, :unit, :drafter, :status, :title, :now, :now)""")
			.param("type", typeKey)
			.param("section", sectionKey)
			.param("unit", unitId)
			.param("drafter", drafterId)
			.param("status", RecordStatus.DRAFT.name())
			.param("title", title)
			.param("now", now)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void setOccasion(long id, String occasion) {
		forget();
		jdbc.sql("UPDATE gk_record SET occasion = :occasion WHERE id = :id").param("occasion", occasion).param("id", id).update();
	}

	Optional<Long> findByOccasion(String typeKey, String occasion) {
		return jdbc.sql("SELECT id FROM gk_record WHERE type_key = :type AND occasion = :occasion")
			.param("type", typeKey)
			.param("occasion", occasion)
			.query(Long.class)
			.optional();
	}

	/**
	 * The records a person drafted or submitted a version of. Their ids come from the drafter's and the submitter's
	 * indexes: an OR across the two tables would be planned as a scan of every record.
	 */
	static final String TOUCHED_BY = """
			SELECT * FROM gk_record r
			WHERE r.id IN (SELECT id FROM gk_record WHERE drafter_id = :user
			               UNION SELECT record_id FROM gk_record_version WHERE submitted_by = :user)
			ORDER BY r.updated_at DESC, r.id DESC LIMIT :limit""";

	/** Records a person drafted or submitted a version of, the latest change first. */
	List<Record> touchedBy(String userId, int limit) {
		return jdbc.sql(TOUCHED_BY)
			.param("user", userId)
			.param("limit", limit)
			.query(RecordRepository::record)
			.list();
	}

	Optional<Record> find(long id) {
		return records.get(id, key -> jdbc.sql("SELECT * FROM gk_record WHERE id = :id")
			.param("id", key)
			.query(RecordRepository::record)
			.optional());
	}

	/** Locks the row so that two completions on one record cannot interleave; later reads see what it read. */
	Optional<Record> findForUpdate(long id) {
		forget();
		return records.get(id, key -> jdbc.sql("SELECT * FROM gk_record WHERE id = :id FOR UPDATE")
			.param("id", key)
			.query(RecordRepository::record)
			.optional());
	}

	void updateContent(long id, DraftContent c, OffsetDateTime now) {
		forget();
		jdbc.sql("""
				UPDATE gk_record SET title = :title, index_no = :indexNo, summary = :summary, body = :body,
				date_formed = :dateFormed, personal_info = :personalInfo, major_concern = :majorConcern,
				updated_at = :now WHERE id = :id""")
			.param("title", c.title())
			.param("indexNo", c.indexNo())
			.param("summary", c.summary())
			.param("body", c.body())
			.param("dateFormed", c.dateFormed())
			.param("personalInfo", c.personalInfo())
			.param("majorConcern", c.majorConcern())
			.param("now", now)
			.param("id", id)
			.update();
	}

	/** Puts back the text, section and files of a published version, after a change of it was refused or dropped. */
	void restorePublishedContent(long id, long publishedVersionId, OffsetDateTime now) {
		forget();
		jdbc.sql("""
				UPDATE gk_record SET (title, index_no, summary, body, date_formed, personal_info, major_concern,
				section_key, updated_at) = (SELECT v.title, v.index_no, v.summary, v.body, v.date_formed, v.personal_info,
				v.major_concern, p.section_key, :now FROM gk_published_version p JOIN gk_record_version v ON v.id = p.version_id
				WHERE p.id = :published) WHERE id = :id""")
			.param("published", publishedVersionId)
			.param("now", now)
			.param("id", id)
			.update();
		jdbc.sql("""
				UPDATE gk_attachment SET removed_at = CASE WHEN id IN (SELECT va.attachment_id FROM gk_version_attachment va
				JOIN gk_published_version p ON p.version_id = va.version_id WHERE p.id = :published) THEN NULL
				ELSE COALESCE(removed_at, :now) END WHERE record_id = :id""")
			.param("published", publishedVersionId)
			.param("now", now)
			.param("id", id)
			.update();
	}

	void updateSection(long id, String sectionKey, OffsetDateTime now) {
		forget();
		jdbc.sql("UPDATE gk_record SET section_key = :section, updated_at = :now WHERE id = :id")
			.param("section", sectionKey)
			.param("now", now)
			.param("id", id)
			.update();
	}

	/** Stores {@code grade} unless the record already has this grade or a higher one; answers the grade it has. */
	int raiseReviewGrade(long id, int grade) {
		forget();
		jdbc.sql("UPDATE gk_record SET review_grade = :grade WHERE id = :id AND (review_grade IS NULL OR review_grade < :grade)")
			.param("grade", grade)
			.param("id", id)
			.update();
		return jdbc.sql("SELECT review_grade FROM gk_record WHERE id = :id").param("id", id).query(Integer.class).single();
	}

	void updateStatus(long id, RecordStatus status, OffsetDateTime now) {
		forget();
		jdbc.sql("UPDATE gk_record SET status = :status, updated_at = :now WHERE id = :id")
			.param("status", status.name())
			.param("now", now)
			.param("id", id)
			.update();
	}

	int latestVersionNo(long recordId) {
		return versionNos.get(recordId,
				key -> jdbc.sql("SELECT COALESCE(MAX(version_no), 0) FROM gk_record_version WHERE record_id = :id")
					.param("id", key)
					.query(Integer.class)
					.single());
	}

	long insertVersion(long recordId, int versionNo, DraftContent c, String submittedBy, OffsetDateTime now) {
		forget();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO gk_record_version (record_id, version_no, title, index_no, summary, body, date_formed,
				personal_info, major_concern, submitted_by, submitted_at)
				VALUES (:recordId, :versionNo, :title, :indexNo, :summary, :body, :dateFormed, :personalInfo,
				:majorConcern, :by, :now)""")
			.param("recordId", recordId)
			.param("versionNo", versionNo)
			.param("title", c.title())
			.param("indexNo", c.indexNo())
			.param("summary", c.summary())
			.param("body", c.body())
			.param("dateFormed", c.dateFormed())
			.param("personalInfo", c.personalInfo())
			.param("majorConcern", c.majorConcern())
			.param("by", submittedBy)
			.param("now", now)
			.update(keys, "id");
		long versionId = keys.getKeyAs(Number.class).longValue();
		jdbc.sql("""
				INSERT INTO gk_version_attachment (version_id, attachment_id)
				SELECT :versionId, id FROM gk_attachment WHERE record_id = :recordId AND removed_at IS NULL""")
			.param("versionId", versionId)
			.param("recordId", recordId)
			.update();
		return versionId;
	}

	Optional<String> latestSubmitter(long recordId) {
		return jdbc.sql("SELECT submitted_by FROM gk_record_version WHERE record_id = :id ORDER BY version_no DESC")
			.param("id", recordId)
			.query(String.class)
			.list()
			.stream()
			.findFirst();
	}

	/**
	 * Whether the person submitted a version of the record or asked to change it: both questions in one round trip,
	 * since every review step asks them.
	 */
	boolean submittedOrAskedToChange(long recordId, String userId) {
		return jdbc.sql("""
				SELECT CASE WHEN EXISTS (SELECT 1 FROM gk_record_version WHERE record_id = :id AND submitted_by = :user)
				  OR EXISTS (SELECT 1 FROM gk_record_change WHERE record_id = :id AND requested_by = :user)
				THEN 1 ELSE 0 END""")
			.param("id", recordId)
			.param("user", userId)
			.query(Integer.class)
			.single() == 1;
	}

	long publishLatestVersion(long recordId, OffsetDateTime now) {
		forget();
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO gk_published_version (record_id, version_id, section_key, unit_id, title, index_no, summary,
				body, date_formed, published_at)
				SELECT r.id, v.id, r.section_key, r.unit_id, v.title, v.index_no, v.summary, v.body, v.date_formed, :now
				FROM gk_record r JOIN gk_record_version v ON v.record_id = r.id
				WHERE r.id = :id AND v.version_no = (SELECT MAX(version_no) FROM gk_record_version WHERE record_id = r.id)""")
			.param("id", recordId)
			.param("now", now)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** The column lists the record by this version from now on. */
	void listOnColumn(long recordId, long publishedVersionId) {
		forget();
		takeOffColumn(recordId);
		jdbc.sql("""
				INSERT INTO gk_column_entry (record_id, version_id, section_key, unit_id, published_at)
				SELECT record_id, id, section_key, unit_id, published_at FROM gk_published_version WHERE id = :version""")
			.param("version", publishedVersionId)
			.update();
	}

	void takeOffColumn(long recordId) {
		forget();
		jdbc.sql("DELETE FROM gk_column_entry WHERE record_id = :id").param("id", recordId).update();
	}

	Optional<Long> latestPublishedVersion(long recordId) {
		return jdbc.sql("SELECT id FROM gk_published_version WHERE record_id = :id ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
			.param("id", recordId)
			.query(Long.class)
			.optional();
	}

	/** Every write: what this transaction read of records may have changed. */
	private void forget() {
		records.forget();
		versionNos.forget();
	}

	static Record record(ResultSet rs, int row) throws SQLException {
		return new Record(rs.getLong("id"), rs.getString("type_key"), rs.getString("section_key"),
				rs.getString("unit_id"), rs.getString("drafter_id"), RecordStatus.valueOf(rs.getString("status")),
				rs.getString("title"), rs.getString("index_no"), rs.getString("summary"), rs.getString("body"),
				rs.getObject("date_formed", LocalDate.class), rs.getBoolean("personal_info"),
				rs.getBoolean("major_concern"), rs.getObject("created_at", OffsetDateTime.class),
				rs.getObject("updated_at", OffsetDateTime.class));
	}

}
