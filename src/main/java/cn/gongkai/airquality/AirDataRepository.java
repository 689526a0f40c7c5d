package cn.gongkai.airquality;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.gongkai.datatable.DataSetTables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AirDataRepository {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final DataSetTables lifecycle;

	AirDataRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.lifecycle = new DataSetTables(jdbc, "gk_air_dataset", "gk_air_version");
	}

	List<AirStation> activeStations() {
		return jdbc.sql("SELECT id, name, active FROM gk_air_station WHERE active ORDER BY position, id")
			.query((rs, n) -> new AirStation(rs.getString("id"), rs.getString("name"), rs.getBoolean("active")))
			.list();
	}

	void insertStation(String id, String name) {
		jdbc.sql("""
				INSERT INTO gk_air_station (id, name, position)
				SELECT :id, :name, COALESCE(MAX(position), 0) + 1 FROM gk_air_station""")
			.param("id", id)
			.param("name", name)
			.update();
	}

	int setStationActive(String id, boolean active) {
		return jdbc.sql("UPDATE gk_air_station SET active = :active WHERE id = :id")
			.param("active", active)
			.param("id", id)
			.update();
	}

	List<AirStation> allStations() {
		return jdbc.sql("SELECT id, name, active FROM gk_air_station ORDER BY position, id")
			.query((rs, n) -> new AirStation(rs.getString("id"), rs.getString("name"), rs.getBoolean("active")))
			.list();
	}

	long insertDataSet(long recordId, String fileName, LocalDate first, LocalDate last, String user,
			OffsetDateTime now) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO gk_air_dataset (record_id, file_name, period_first, period_last, uploaded_by, uploaded_at)
				VALUES (:record, :file, :first, :last, :user, :now)""")
			.param("record", recordId)
			.param("file", fileName)
			.param("first", first)
			.param("last", last)
			.param("user", user)
			.param("now", now)
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** The days of a data set in one batch: a half-month of every station is one round trip, not a hundred. */
	void insertDays(long dataSetId, List<StationDay> days) {
		batch.batchUpdate("""
				INSERT INTO gk_air_day (dataset_id, station_id, measured_on, pm25, pm10, so2, no2, co, o3_8h, o3_1h,
				    aqi, aqi_level, primary_pollutants, exceeding_pollutants)
				VALUES (:set, :station, :day, :pm25, :pm10, :so2, :no2, :co, :o38, :o31, :aqi, :level, :primary,
				    :exceeding)""", days.stream()
			.map(day -> new MapSqlParameterSource().addValue("set", dataSetId)
				.addValue("station", day.stationId())
				.addValue("day", day.day())
				.addValue("pm25", day.concentration(Pollutant.PM25))
				.addValue("pm10", day.concentration(Pollutant.PM10))
				.addValue("so2", day.concentration(Pollutant.SO2))
				.addValue("no2", day.concentration(Pollutant.NO2))
				.addValue("co", day.concentration(Pollutant.CO))
				.addValue("o38", day.concentration(Pollutant.O3_8H))
				.addValue("o31", day.concentration(Pollutant.O3_1H), Types.NUMERIC)
				.addValue("aqi", day.index().aqi())
				.addValue("level", day.index().level().name())
				.addValue("primary", names(day.index().primary()))
				.addValue("exceeding", names(day.index().exceeding())))
			.toArray(SqlParameterSource[]::new));
	}

	/** The record's latest data set that is not removed. */
	Optional<AirDataSet> current(long recordId) {
		return withDays(jdbc.sql("""
				SELECT * FROM gk_air_dataset WHERE record_id = :record AND removed_at IS NULL
				ORDER BY id DESC LIMIT 1""")
			.param("record", recordId)
			.query(AirDataRepository::header)
			.optional());
	}

	Optional<AirDataSet> ofVersion(long versionId) {
		return withDays(jdbc.sql("SELECT d.* FROM gk_air_version v JOIN gk_air_dataset d ON d.id = v.dataset_id WHERE v.version_id = :v")
			.param("v", versionId)
			.query(AirDataRepository::header)
			.optional());
	}

	/** Leaves {@code keep} the record's only live data set (none: takes off all). */
	void restore(long recordId, Long keep, OffsetDateTime now) {
		lifecycle.restore(recordId, keep, now);
	}

	void linkVersion(long versionId, long dataSetId) {
		lifecycle.linkVersion(versionId, dataSetId);
	}

	/** A data set's own row, without its days. */
	private record Header(long id, long recordId, String fileName, LocalDate first, LocalDate last, String uploadedBy,
			OffsetDateTime uploadedAt) {
	}

	private static Header header(ResultSet rs, int n) throws SQLException {
		return new Header(rs.getLong("id"), rs.getLong("record_id"), rs.getString("file_name"),
				rs.getObject("period_first", LocalDate.class), rs.getObject("period_last", LocalDate.class),
				rs.getString("uploaded_by"), rs.getObject("uploaded_at", OffsetDateTime.class));
	}

	/** The days in a query of their own, after the data set's: one connection at a time, also outside a transaction. */
	private Optional<AirDataSet> withDays(Optional<Header> found) {
		return found.map(h -> new AirDataSet(h.id(), h.recordId(), h.fileName(), h.first(), h.last(), h.uploadedBy(),
				h.uploadedAt(), jdbc.sql("""
						SELECT d.* FROM gk_air_day d JOIN gk_air_station s ON s.id = d.station_id
						WHERE d.dataset_id = :id ORDER BY d.measured_on, s.position, s.id""")
					.param("id", h.id())
					.query(AirDataRepository::day)
					.list()));
	}

	private static StationDay day(ResultSet rs, int n) throws SQLException {
		Map<Pollutant, BigDecimal> values = new EnumMap<>(Pollutant.class);
		put(values, Pollutant.PM25, rs.getBigDecimal("pm25"));
		put(values, Pollutant.PM10, rs.getBigDecimal("pm10"));
		put(values, Pollutant.SO2, rs.getBigDecimal("so2"));
		put(values, Pollutant.NO2, rs.getBigDecimal("no2"));
		put(values, Pollutant.CO, rs.getBigDecimal("co"));
		put(values, Pollutant.O3_8H, rs.getBigDecimal("o3_8h"));
		put(values, Pollutant.O3_1H, rs.getBigDecimal("o3_1h"));
		DailyIndex index = new DailyIndex(rs.getInt("aqi"), AqiLevel.valueOf(rs.getString("aqi_level")),
				pollutants(rs.getString("primary_pollutants")), pollutants(rs.getString("exceeding_pollutants")));
		return new StationDay(rs.getString("station_id"), rs.getObject("measured_on", LocalDate.class), values, index);
	}

	private static void put(Map<Pollutant, BigDecimal> values, Pollutant pollutant, BigDecimal value) {
		if (value != null) {
			values.put(pollutant, value.stripTrailingZeros());
		}
	}

	private static String names(List<Pollutant> pollutants) {
		return pollutants.stream().map(Pollutant::name).collect(Collectors.joining(","));
	}

	private static List<Pollutant> pollutants(String names) {
		return names.isEmpty() ? List.of() : Arrays.stream(names.split(",")).map(Pollutant::valueOf).toList();
	}

}
