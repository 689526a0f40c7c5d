package cn.gongkai.support;

import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fresh in-memory H2 database with the application's migrations, the database of the default
 * {@code ./mvnw spring-boot:run}. The application's SQL must run on it as well as on PostgreSQL.
 */
public final class H2Database {

	private H2Database() {
	}

	public static JdbcClient migrated() {
		return JdbcClient.create(migratedDataSource());
	}

	/** With the lock timeout of the default run's database, for work in concurrent transactions. */
	public static DataSource migratedDataSource() {
		var dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
		dataSource.setUser("sa");
		migrate(dataSource);
		return dataSource;
	}

	private static void migrate(DataSource dataSource) {
		Flyway.configure().dataSource(dataSource).table("gk_flyway_history").load().migrate();
	}

}
