package cn.gongkai.process.schema.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Camunda 7.24's tables on PostgreSQL, from the create scripts in the engine's jar, in the order the engine itself runs
 * them. A database whose tables the engine created earlier (schema-update) is left as it is. The next Camunda version
 * adds {@code V7_25_0__...} running the jar's {@code postgres_engine_7.24_to_7.25.sql}.
 */
public class V7_24_0__Camunda_schema extends BaseJavaMigration {

	private static final String[] SCRIPTS = { "engine", "history", "identity", "case.engine", "case.history",
			"decision.engine", "decision.history" };

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		if (camundaTablesExist(connection)) {
			return;
		}
		for (String script : SCRIPTS) {
			ScriptUtils.executeSqlScript(connection,
					new ClassPathResource("org/camunda/bpm/engine/db/create/activiti.postgres.create." + script + ".sql"));
		}
	}

	private static boolean camundaTablesExist(Connection connection) throws SQLException {
		try (ResultSet tables = connection.getMetaData().getTables(null, null, "act_ge_property", null)) {
			return tables.next();
		}
	}

}
