package cn.gongkai.architecture;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every foreign key of the application's tables is indexed by its referencing column, or is one that no statement
 * looks rows up by (listed with why). PostgreSQL indexes primary keys and unique constraints, never a referencing
 * column, so a lookup by one reads the whole table and slows as the table grows; H2, the embedded default, indexes
 * them by itself, which is how two such lookups went unnoticed.
 */
@GongkaiTest
class ForeignKeyIndexTest {

	/** Referencing columns no statement looks rows up by, each with where its rows are read from instead. */
	static final Map<String, String> NOT_LOOKED_UP_BY = Map.ofEntries(
			entry("gk_calendar_day.cal_year", "a year's days are replaced together, once a year, a few hundred rows"),
			entry("gk_record_change.previous_version_id", "changes are read by their record"),
			entry("gk_record_change.published_version_id", "changes are read by their record"),
			entry("gk_column_entry.version_id", "entries are read by section and time, then joined to their version"),
			entry("gk_column_change.version_id", "the change log is read by its number"),
			entry("gk_column_change.replaced_version_id", "the change log is read by its number"),
			entry("gk_column_change.change_id", "the change log is read by its number"),
			entry("gk_air_day.station_id", "days are read by their data set"),
			entry("gk_water_month.site_id", "months are read by their data set"),
			entry("gk_air_version.dataset_id", "read by the published version, its key"),
			entry("gk_water_version.dataset_id", "read by the published version, its key"),
			entry("gk_annual_report_version.report_id", "read by the published version, its key"));

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyForeignKeyIsIndexedByItsColumnOrNeverLookedUpBy() {
		List<String> unindexed = jdbc.sql("""
				SELECT c.conrelid::regclass::text || '.' || a.attname
				FROM pg_constraint c
				JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
				WHERE c.contype = 'f' AND c.conrelid::regclass::text LIKE 'gk\\_%'
				  AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])""")
			.query(String.class)
			.list();
		assertThat(unindexed).as("foreign keys without an index led by their column")
			.containsExactlyInAnyOrderElementsOf(NOT_LOOKED_UP_BY.keySet());
	}

}
