package cn.gongkai.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The only code that reads or writes {@code gk_application}, its pauses and its letters. */
@Repository
class ApplicationRepository {

	private final JdbcClient jdbc;

	ApplicationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String trackingNo, String salt, String hash, Channel channel, ApplicantKind kind, String name,
			String idDocument, String contactPerson, String phone, String email, String postalAddress,
			String description, InfoForm infoForm, Delivery delivery, String addressHash, String registeredBy,
			OffsetDateTime submittedAt, LocalDate receivedOn) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO gk_application (tracking_no, secret_salt, secret_hash, channel, applicant_kind, applicant_name,
				id_document, contact_person, phone, email, postal_address, description, info_form, delivery, address_hash,
				registered_by, submitted_at, received_on, clock_start, status)
				VALUES (:tracking, :salt, :hash, :channel, :kind, :name, :idDocument, :contact, :phone, :email, :address,
				:description, :form, :delivery, :addressHash, :registeredBy, :submittedAt, :receivedOn, :receivedOn,
				:status)""")
			.param("tracking", trackingNo)
			.param("salt", salt)
			.param("hash", hash)
			.param("channel", channel.name())
			.param("kind", kind.name())
			.param("name", name)
			.param("idDocument", idDocument)
			.param("contact", contactPerson)
			.param("phone", phone)
			.param("email", email)
			.param("address", postalAddress)
			.param("description", description)
			.param("form", infoForm.name())
			.param("delivery", delivery.name())
			.param("addressHash", addressHash)
			.param("registeredBy", registeredBy)
			.param("submittedAt", submittedAt)
			.param("receivedOn", receivedOn)
			.param("status", ApplicationStatus.SUBMITTED.name())
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	Optional<Application> find(long id) {
		return jdbc.sql("SELECT * FROM gk_application WHERE id = :id").param("id", id).query(this::map).optional();
	}

	/** Locked until the caller's transaction ends: every step of an application runs one after the other. */
	Optional<Application> findForUpdate(long id) {
		return jdbc.sql("SELECT * FROM gk_application WHERE id = :id FOR UPDATE").param("id", id).query(this::map).optional();
	}

	Optional<Secret> secret(String trackingNo) {
		return jdbc.sql("SELECT id, secret_salt, secret_hash FROM gk_application WHERE tracking_no = :tracking")
			.param("tracking", trackingNo)
			.query((rs, row) -> new Secret(rs.getLong("id"), rs.getString("secret_salt"), rs.getString("secret_hash")))
			.optional();
	}

	record Secret(long id, String salt, String hash) {
	}

	long countFromAddressSince(String addressHash, OffsetDateTime since, OffsetDateTime now) {
		return jdbc.sql("""
				SELECT COUNT(*) FROM gk_application WHERE address_hash = :hash AND submitted_at > :since
				AND submitted_at <= :now""")
			.param("hash", addressHash)
			.param("since", since)
			.param("now", now)
			.query(Long.class)
			.single();
	}

	List<Application> list(ApplicationStatus status, String unitId, int limit) {
		return jdbc.sql("""
				SELECT * FROM gk_application WHERE (CAST(:status AS VARCHAR(32)) IS NULL OR status = :status)
				AND (CAST(:unit AS VARCHAR(64)) IS NULL OR unit_id = :unit) ORDER BY id DESC FETCH FIRST :limit ROWS ONLY""")
			.param("status", status == null ? null : status.name())
			.param("unit", unitId)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	/** Every application received by {@code lastDay} and not closed before {@code firstDay}: the year's to count. */
	List<Application> receivedByAndOpenOn(java.time.LocalDate firstDay, java.time.LocalDate lastDay) {
		return jdbc.sql("""
				SELECT * FROM gk_application WHERE received_on <= :last
				AND (answered_on IS NULL OR answered_on >= :first) ORDER BY id""")
			.param("first", firstDay)
			.param("last", lastDay)
			.query(this::map)
			.list();
	}

	void attachProcess(long id, String processInstanceId) {
		jdbc.sql("UPDATE gk_application SET process_instance_id = :pi WHERE id = :id")
			.param("pi", processInstanceId)
			.param("id", id)
			.update();
	}

	void assign(long id, LocalDate receivedOn, LocalDate clockStart, String unitId, long obligationId) {
		jdbc.sql("""
				UPDATE gk_application SET received_on = :received, clock_start = :start, unit_id = :unit,
				obligation_id = :obligation, status = :status WHERE id = :id""")
			.param("received", receivedOn)
			.param("start", clockStart)
			.param("unit", unitId)
			.param("obligation", obligationId)
			.param("status", ApplicationStatus.HANDLING.name())
			.param("id", id)
			.update();
	}

	void requestCorrection(long id, LocalDate receivedOn, String matters, LocalDate requestedOn, LocalDate due) {
		jdbc.sql("""
				UPDATE gk_application SET received_on = :received, clock_start = :received, correction_matters = :matters,
				correction_requested_on = :requested, correction_due = :due, status = :status WHERE id = :id""")
			.param("received", receivedOn)
			.param("matters", matters)
			.param("requested", requestedOn)
			.param("due", due)
			.param("status", ApplicationStatus.CORRECTION_REQUESTED.name())
			.param("id", id)
			.update();
	}

	void corrected(long id, LocalDate correctedOn, String text) {
		jdbc.sql("""
				UPDATE gk_application SET corrected_on = :on, clock_start = :on, correction_text = :text, status = :status
				WHERE id = :id""")
			.param("on", correctedOn)
			.param("text", text)
			.param("status", ApplicationStatus.SUBMITTED.name())
			.param("id", id)
			.update();
	}

	void extend(long id, int days, String reason, String requestedBy, String approvedBy, LocalDate approvedOn) {
		jdbc.sql("""
				UPDATE gk_application SET extension_days = :days, extension_reason = :reason,
				extension_requested_by = :requestedBy, extension_approved_by = :approvedBy, extension_approved_on = :on
				WHERE id = :id""")
			.param("days", days)
			.param("reason", reason)
			.param("requestedBy", requestedBy)
			.param("approvedBy", approvedBy)
			.param("on", approvedOn)
			.param("id", id)
			.update();
	}

	void setAnswerRecord(long id, long recordId) {
		jdbc.sql("UPDATE gk_application SET answer_record_id = :record WHERE id = :id")
			.param("record", recordId)
			.param("id", id)
			.update();
	}

	void proposeAnswer(long id, AnswerType type, WithholdGround ground, long recordId) {
		jdbc.sql("""
				UPDATE gk_application SET answer_type = :type, withhold_ground = :ground, answer_record_id = :record
				WHERE id = :id""")
			.param("type", type.name())
			.param("ground", ground == null ? null : ground.name())
			.param("record", recordId)
			.param("id", id)
			.update();
	}

	void close(long id, ApplicationStatus status, LocalDate on) {
		jdbc.sql("UPDATE gk_application SET status = :status, answered_on = :on WHERE id = :id")
			.param("status", status.name())
			.param("on", on)
			.param("id", id)
			.update();
	}

	long startPause(long id, String thirdParty, String matters, LocalDate startedOn, String startedBy) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO gk_application_pause (application_id, third_party, matters, started_on, started_by)
				VALUES (:id, :party, :matters, :on, :by)""")
			.param("id", id)
			.param("party", thirdParty)
			.param("matters", matters)
			.param("on", startedOn)
			.param("by", startedBy)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	void endPause(long pauseId, LocalDate endedOn, ThirdPartyOpinion opinion) {
		jdbc.sql("UPDATE gk_application_pause SET ended_on = :on, opinion = :opinion WHERE id = :id")
			.param("on", endedOn)
			.param("opinion", opinion.name())
			.param("id", pauseId)
			.update();
	}

	List<Pause> pauses(long id) {
		return jdbc.sql("SELECT * FROM gk_application_pause WHERE application_id = :id ORDER BY id")
			.param("id", id)
			.query((rs, row) -> new Pause(rs.getLong("id"), rs.getLong("application_id"), rs.getString("third_party"),
					rs.getString("matters"), rs.getObject("started_on", LocalDate.class),
					rs.getObject("ended_on", LocalDate.class),
					rs.getString("opinion") == null ? null : ThirdPartyOpinion.valueOf(rs.getString("opinion"))))
			.list();
	}

	long insertLetter(long id, LetterKind kind, String title, String body, String sha256, LocalDate issuedOn,
			OffsetDateTime issuedAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO gk_application_letter (application_id, kind, title, body, sha256, issued_on, issued_at)
				VALUES (:id, :kind, :title, :body, :sha, :on, :at)""")
			.param("id", id)
			.param("kind", kind.name())
			.param("title", title)
			.param("body", body)
			.param("sha", sha256)
			.param("on", issuedOn)
			.param("at", issuedAt)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	List<Letter> letters(long id) {
		return jdbc.sql("SELECT * FROM gk_application_letter WHERE application_id = :id ORDER BY id")
			.param("id", id)
			.query((rs, row) -> new Letter(rs.getLong("id"), rs.getLong("application_id"),
					LetterKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body"),
					rs.getString("sha256"), rs.getObject("issued_on", LocalDate.class),
					rs.getObject("issued_at", OffsetDateTime.class)))
			.list();
	}

	private Application map(ResultSet rs, int row) throws SQLException {
		String answerType = rs.getString("answer_type");
		String ground = rs.getString("withhold_ground");
		long obligation = rs.getLong("obligation_id");
		Long obligationId = rs.wasNull() ? null : obligation;
		long record = rs.getLong("answer_record_id");
		Long recordId = rs.wasNull() ? null : record;
		return new Application(rs.getLong("id"), rs.getString("tracking_no"), Channel.valueOf(rs.getString("channel")),
				ApplicantKind.valueOf(rs.getString("applicant_kind")), rs.getString("applicant_name"),
				rs.getString("id_document"), rs.getString("contact_person"), rs.getString("phone"), rs.getString("email"),
				rs.getString("postal_address"), rs.getString("description"), InfoForm.valueOf(rs.getString("info_form")),
				Delivery.valueOf(rs.getString("delivery")), rs.getString("registered_by"),
				rs.getObject("submitted_at", OffsetDateTime.class), rs.getObject("received_on", LocalDate.class),
				rs.getObject("clock_start", LocalDate.class), ApplicationStatus.valueOf(rs.getString("status")),
				rs.getString("unit_id"), obligationId, rs.getString("process_instance_id"),
				rs.getString("correction_matters"), rs.getObject("correction_requested_on", LocalDate.class),
				rs.getObject("correction_due", LocalDate.class), rs.getObject("corrected_on", LocalDate.class),
				rs.getString("correction_text"), rs.getInt("extension_days"), rs.getString("extension_reason"),
				rs.getString("extension_requested_by"), rs.getString("extension_approved_by"),
				rs.getObject("extension_approved_on", LocalDate.class),
				answerType == null ? null : AnswerType.valueOf(answerType),
				ground == null ? null : WithholdGround.valueOf(ground), recordId,
				rs.getObject("answered_on", LocalDate.class));
	}

}
