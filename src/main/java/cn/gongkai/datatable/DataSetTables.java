package cn.gongkai.datatable;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The life of a record's data sets, the same for every kind of data: each upload a new set that is never changed, one
 * set live at a time (the others set aside, never deleted), and a published version naming the set it published. The
 * owning package names its tables; this class only writes the statements once.
 */
public final class DataSetTables {

	private final JdbcClient jdbc;

	private final String sets;

	private final String versions;

	/**
	 * @param sets the owner's data-set table: {@code id}, {@code record_id}, {@code removed_at}
	 * @param versions the owner's table of published versions: {@code version_id}, {@code dataset_id}
	 */
	public DataSetTables(JdbcClient jdbc, String sets, String versions) {
		this.jdbc = jdbc;
		this.sets = sets;
		this.versions = versions;
	}

	/**
	 * Leaves {@code keep} the record's only live data set (none: takes off all): what a new upload, a removal and a
	 * correction that did not take effect leave.
	 */
	public void restore(long recordId, Long keep, OffsetDateTime now) {
		jdbc.sql("UPDATE " + sets + " SET removed_at = :now WHERE record_id = :record AND removed_at IS NULL AND id <> :keep")
			.param("now", now)
			.param("record", recordId)
			.param("keep", keep == null ? 0L : keep)
			.update();
		if (keep != null) {
			jdbc.sql("UPDATE " + sets + " SET removed_at = NULL WHERE id = :keep AND record_id = :record")
				.param("keep", keep)
				.param("record", recordId)
				.update();
		}
	}

	public void linkVersion(long versionId, long dataSetId) {
		jdbc.sql("INSERT INTO " + versions + " (version_id, dataset_id) VALUES (:v, :d)")
			.param("v", versionId)
			.param("d", dataSetId)
			.update();
	}

}
