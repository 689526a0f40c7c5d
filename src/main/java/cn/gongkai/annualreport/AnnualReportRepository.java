package cn.gongkai.annualreport;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gongkai.application.ApplicantKind;
import cn.gongkai.application.ApplicationYear;
import cn.gongkai.application.OutcomeRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The only code that reads or writes {@code gk_annual_report} and its figures and versions. */
@Repository
class AnnualReportRepository {

	static final String ACTIVE = "ACTIVE";
	static final String APPLICATIONS = "APPLICATIONS";
	static final String REMEDIES = "REMEDIES";
	static final String RECEIVED = "RECEIVED";
	static final String CARRIED_OVER = "CARRIED_OVER";
	static final String CARRIED_FORWARD = "CARRIED_FORWARD";

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	AnnualReportRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	long insert(long recordId, int year, String overview, String problems, String other,
			Map<ActiveRow, Map<ActiveRow.ActiveColumn, BigDecimal>> active, ApplicationYear applications,
			Map<RemedyRow, Map<RemedyRow.RemedyColumn, Integer>> remedies, String savedBy, OffsetDateTime now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO gk_annual_report (record_id, report_year, overview, problems, other_matters, saved_by, saved_at)
				VALUES (:record, :year, :overview, :problems, :other, :by, :at)""")
			.param("record", recordId)
			.param("year", year)
			.param("overview", overview)
			.param("problems", problems)
			.param("other", other)
			.param("by", savedBy)
			.param("at", now)
			.update(keys, "id");
		long id = keys.getKeyAs(Number.class).longValue();
		List<Object[]> rows = new ArrayList<>();
		active.forEach((row, cells) -> cells.forEach((column, value) -> rows.add(new Object[] { id, ACTIVE, row.name(),
				column.name(), value, row == AnnualReportCheck.COMPUTED_ACTIVE })));
		for (ApplicantKind kind : ApplicantKind.values()) {
			rows.add(new Object[] { id, APPLICATIONS, RECEIVED, kind.name(), applications.received().get(kind), true });
			rows.add(new Object[] { id, APPLICATIONS, CARRIED_OVER, kind.name(), applications.carriedOver().get(kind), true });
			for (OutcomeRow outcome : OutcomeRow.values()) {
				rows.add(new Object[] { id, APPLICATIONS, outcome.name(), kind.name(),
						applications.outcomes().get(outcome).get(kind), true });
			}
			rows.add(new Object[] { id, APPLICATIONS, CARRIED_FORWARD, kind.name(), applications.carriedForward().get(kind),
					true });
		}
		remedies.forEach((row, cells) -> cells.forEach((column, value) -> rows.add(new Object[] { id, REMEDIES, row.name(),
				column.name(), value, false })));
		// About 170 figures a report: one round trip, not one each.
		batch.batchUpdate("""
				INSERT INTO gk_annual_report_figure (report_id, table_key, row_key, col_key, figure, computed)
				VALUES (?, ?, ?, ?, ?, ?)""", rows);
		return id;
	}

	Optional<AnnualReport> current(long recordId) {
		return jdbc.sql("""
				SELECT * FROM gk_annual_report WHERE record_id = :record AND superseded_at IS NULL
				ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""")
			.param("record", recordId)
			.query(this::header)
			.optional()
			.map(this::withFigures);
	}

	Optional<AnnualReport> ofVersion(long versionId) {
		return jdbc.sql("""
				SELECT r.* FROM gk_annual_report_version v JOIN gk_annual_report r ON r.id = v.report_id
				WHERE v.version_id = :version""")
			.param("version", versionId)
			.query(this::header)
			.optional()
			.map(this::withFigures);
	}

	/** The report the column shows for {@code year}: the latest published one. */
	Optional<AnnualReport> publishedOfYear(int year) {
		return jdbc.sql("""
				SELECT r.* FROM gk_annual_report_version v JOIN gk_annual_report r ON r.id = v.report_id
				WHERE r.report_year = :year ORDER BY v.version_id DESC FETCH FIRST 1 ROWS ONLY""")
			.param("year", year)
			.query(this::header)
			.optional()
			.map(this::withFigures);
	}

	void linkVersion(long versionId, long reportId) {
		jdbc.sql("INSERT INTO gk_annual_report_version (version_id, report_id) VALUES (:version, :report)")
			.param("version", versionId)
			.param("report", reportId)
			.update();
	}

	/** The reports saved after {@code keep} are set aside: the record's report is {@code keep} again. */
	void restore(long recordId, long keep, OffsetDateTime now) {
		jdbc.sql("""
				UPDATE gk_annual_report SET superseded_at = :now WHERE record_id = :record AND id > :keep
				AND superseded_at IS NULL""")
			.param("now", now)
			.param("record", recordId)
			.param("keep", keep)
			.update();
	}

	private record Header(long id, long recordId, int year, String overview, String problems, String other,
			String savedBy, OffsetDateTime savedAt) {
	}

	private Header header(ResultSet rs, int n) throws SQLException {
		return new Header(rs.getLong("id"), rs.getLong("record_id"), rs.getInt("report_year"), rs.getString("overview"),
				rs.getString("problems"), rs.getString("other_matters"), rs.getString("saved_by"),
				rs.getObject("saved_at", OffsetDateTime.class));
	}

	private AnnualReport withFigures(Header h) {
		Map<ActiveRow, Map<ActiveRow.ActiveColumn, BigDecimal>> active = new EnumMap<>(ActiveRow.class);
		Map<RemedyRow, Map<RemedyRow.RemedyColumn, Integer>> remedies = new EnumMap<>(RemedyRow.class);
		ApplicationYear applications = ApplicationYear.zero(h.year());
		jdbc.sql("SELECT table_key, row_key, col_key, figure FROM gk_annual_report_figure WHERE report_id = :id")
			.param("id", h.id())
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
				String table = rs.getString("table_key");
				String row = rs.getString("row_key");
				String column = rs.getString("col_key");
				BigDecimal figure = rs.getBigDecimal("figure");
				switch (table) {
					case ACTIVE -> active.computeIfAbsent(ActiveRow.valueOf(row), r -> new EnumMap<>(ActiveRow.ActiveColumn.class))
						.put(ActiveRow.ActiveColumn.valueOf(column), figure);
					case REMEDIES -> remedies.computeIfAbsent(RemedyRow.valueOf(row), r -> new EnumMap<>(RemedyRow.RemedyColumn.class))
						.put(RemedyRow.RemedyColumn.valueOf(column), figure.intValueExact());
					default -> {
						ApplicantKind kind = ApplicantKind.valueOf(column);
						int count = figure.intValueExact();
						switch (row) {
							case RECEIVED -> applications.received().put(kind, count);
							case CARRIED_OVER -> applications.carriedOver().put(kind, count);
							case CARRIED_FORWARD -> applications.carriedForward().put(kind, count);
							default -> applications.outcomes().get(OutcomeRow.valueOf(row)).put(kind, count);
						}
					}
				}
			});
		return new AnnualReport(h.id(), h.recordId(), h.year(), h.overview(), h.problems(), h.other(), active, applications,
				remedies, h.savedBy(), h.savedAt());
	}

}
