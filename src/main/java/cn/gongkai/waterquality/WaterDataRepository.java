package cn.gongkai.waterquality;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gongkai.datatable.DataSetTables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class WaterDataRepository {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final DataSetTables lifecycle;

	WaterDataRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.lifecycle = new DataSetTables(jdbc, "gk_water_dataset", "gk_water_version");
	}

	List<WaterSite> sites() {
		return jdbc.sql("SELECT * FROM gk_water_site ORDER BY position, id").query(WaterDataRepository::site).list();
	}

	void insertSite(WaterSite site) {
		jdbc.sql("""
				INSERT INTO gk_water_site (id, kind, name, water, lake, target_class, position)
				SELECT :id, :kind, :name, :water, :lake, :target, COALESCE(MAX(position), 0) + 1 FROM gk_water_site""")
			.param("id", site.id())
			.param("kind", site.kind().name())
			.param("name", site.name())
			.param("water", site.water())
			.param("lake", site.lake())
			.param("target", site.target().number())
			.update();
	}

	int setActive(String id, boolean active) {
		return jdbc.sql("UPDATE gk_water_site SET active = :active WHERE id = :id")
			.param("active", active)
			.param("id", id)
			.update();
	}

	int setTarget(String id, WaterClass target) {
		return jdbc.sql("UPDATE gk_water_site SET target_class = :target WHERE id = :id")
			.param("target", target.number())
			.param("id", id)
			.update();
	}

	long insertDataSet(long recordId, WaterKind kind, String fileName, YearMonth first, YearMonth last, String user,
			OffsetDateTime now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO gk_water_dataset (record_id, kind, file_name, first_month, last_month, uploaded_by, uploaded_at)
				VALUES (:record, :kind, :file, :first, :last, :user, :now)""")
			.param("record", recordId)
			.param("kind", kind.name())
			.param("file", fileName)
			.param("first", first.atDay(1))
			.param("last", last.atDay(1))
			.param("user", user)
			.param("now", now)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** A data set's site-months, then their values, each in one batch. */
	void insertMonths(long dataSetId, List<SiteMonth> months) {
		batch.batchUpdate("""
				INSERT INTO gk_water_month (dataset_id, site_id, sampled_month, site_class, target_class)
				VALUES (:set, :site, :month, :class, :target)""", months.stream()
			.map(m -> new MapSqlParameterSource().addValue("set", dataSetId)
				.addValue("site", m.siteId())
				.addValue("month", m.month().atDay(1))
				.addValue("class", m.assessment().siteClass() == null ? null : m.assessment().siteClass().number(),
						Types.SMALLINT)
				.addValue("target", m.assessment().target().number()))
			.toArray(SqlParameterSource[]::new));
		List<SqlParameterSource> values = new ArrayList<>();
		for (SiteMonth m : months) {
			WaterAssessment assessment = m.assessment();
			Map<WaterItem, WaterAssessment.Exceedance> exceeding = new EnumMap<>(WaterItem.class);
			assessment.exceeding().forEach(e -> exceeding.put(e.item(), e));
			m.values().forEach((item, value) -> {
				WaterClass itemClass = assessment.itemClasses().get(item);
				WaterAssessment.Exceedance exceedance = exceeding.get(item);
				values.add(new MapSqlParameterSource().addValue("set", dataSetId)
					.addValue("site", m.siteId())
					.addValue("month", m.month().atDay(1))
					.addValue("item", item.name())
					.addValue("value", value)
					.addValue("class", itemClass == null ? null : itemClass.number(), Types.SMALLINT)
					.addValue("exceeds", exceedance != null)
					.addValue("multiple", exceedance == null ? null : exceedance.multiple(), Types.NUMERIC));
			});
		}
		batch.batchUpdate("""
				INSERT INTO gk_water_value (dataset_id, site_id, sampled_month, item, measured, item_class, exceeds, multiple)
				VALUES (:set, :site, :month, :item, :value, :class, :exceeds, :multiple)""",
				values.toArray(SqlParameterSource[]::new));
	}

	/** The record's latest data set that is not removed. */
	Optional<WaterDataSet> current(long recordId) {
		return withMonths(jdbc.sql("""
				SELECT * FROM gk_water_dataset WHERE record_id = :record AND removed_at IS NULL
				ORDER BY id DESC LIMIT 1""")
			.param("record", recordId)
			.query(WaterDataRepository::header)
			.optional());
	}

	Optional<WaterDataSet> ofVersion(long versionId) {
		return withMonths(jdbc.sql("""
				SELECT d.* FROM gk_water_version v JOIN gk_water_dataset d ON d.id = v.dataset_id WHERE v.version_id = :v""")
			.param("v", versionId)
			.query(WaterDataRepository::header)
			.optional());
	}

	/** Leaves {@code keep} the record's only live data set (none: takes off all). */
	void restore(long recordId, Long keep, OffsetDateTime now) {
		lifecycle.restore(recordId, keep, now);
	}

	void linkVersion(long versionId, long dataSetId) {
		lifecycle.linkVersion(versionId, dataSetId);
	}

	private static WaterSite site(ResultSet rs, int n) throws SQLException {
		return new WaterSite(rs.getString("id"), WaterKind.valueOf(rs.getString("kind")), rs.getString("name"),
				rs.getString("water"), rs.getBoolean("lake"), WaterClass.ofNumber(rs.getInt("target_class")),
				rs.getBoolean("active"));
	}

	private record Header(long id, long recordId, WaterKind kind, String fileName, YearMonth first, YearMonth last,
			String uploadedBy, OffsetDateTime uploadedAt) {
	}

	private static Header header(ResultSet rs, int n) throws SQLException {
		return new Header(rs.getLong("id"), rs.getLong("record_id"), WaterKind.valueOf(rs.getString("kind")),
				rs.getString("file_name"), YearMonth.from(rs.getObject("first_month", LocalDate.class)),
				YearMonth.from(rs.getObject("last_month", LocalDate.class)), rs.getString("uploaded_by"),
				rs.getObject("uploaded_at", OffsetDateTime.class));
	}

	/** A site-month being read back: its row, then its values. */
	private static final class MonthRows {

		final String siteId;

		final YearMonth month;

		final WaterClass siteClass;

		final WaterClass target;

		final Map<WaterItem, BigDecimal> values = new EnumMap<>(WaterItem.class);

		final Map<WaterItem, WaterClass> classes = new EnumMap<>(WaterItem.class);

		final List<WaterAssessment.Exceedance> exceeding = new ArrayList<>();

		MonthRows(String siteId, YearMonth month, WaterClass siteClass, WaterClass target) {
			this.siteId = siteId;
			this.month = month;
			this.siteClass = siteClass;
			this.target = target;
		}

		SiteMonth toSiteMonth() {
			exceeding.sort((a, b) -> a.item().compareTo(b.item()));
			return new SiteMonth(siteId, month, values, new WaterAssessment(classes, siteClass, target, exceeding));
		}

	}

	/** The months and values in queries of their own, after the data set's: one connection at a time. */
	private Optional<WaterDataSet> withMonths(Optional<Header> found) {
		return found.map(h -> {
			Map<String, MonthRows> months = new LinkedHashMap<>();
			jdbc.sql("""
					SELECT m.* FROM gk_water_month m JOIN gk_water_site s ON s.id = m.site_id
					WHERE m.dataset_id = :id ORDER BY m.sampled_month, s.position, s.id""")
				.param("id", h.id())
				.query(rs -> {
					// None when only supplementary or specific items were monitored.
					Integer siteClass = rs.getObject("site_class", Integer.class);
					MonthRows rows = new MonthRows(rs.getString("site_id"),
							YearMonth.from(rs.getObject("sampled_month", LocalDate.class)),
							siteClass == null ? null : WaterClass.ofNumber(siteClass),
							WaterClass.ofNumber(rs.getInt("target_class")));
					months.put(rows.siteId + "|" + rows.month, rows);
				});
			jdbc.sql("SELECT * FROM gk_water_value WHERE dataset_id = :id").param("id", h.id()).query(rs -> {
				MonthRows rows = months.get(rs.getString("site_id") + "|" + YearMonth.from(rs.getObject("sampled_month", LocalDate.class)));
				WaterItem item = WaterItem.valueOf(rs.getString("item"));
				rows.values.put(item, rs.getBigDecimal("measured").stripTrailingZeros());
				Integer itemClass = rs.getObject("item_class", Integer.class);
				if (itemClass != null) {
					rows.classes.put(item, WaterClass.ofNumber(itemClass));
				}
				if (rs.getBoolean("exceeds")) {
					rows.exceeding.add(new WaterAssessment.Exceedance(item, rs.getBigDecimal("multiple")));
				}
			});
			return new WaterDataSet(h.id(), h.recordId(), h.kind(), h.fileName(), h.first(), h.last(), h.uploadedBy(),
					h.uploadedAt(), months.values().stream().map(MonthRows::toSiteMonth).toList());
		});
	}

}
