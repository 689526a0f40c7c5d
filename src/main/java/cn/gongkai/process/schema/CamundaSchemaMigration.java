package cn.gongkai.process.schema;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * In production the engine does not change its own schema ({@code camunda.bpm.database.schema-update: false}):
 * Camunda's tables are created and upgraded by Flyway, with a history table of their own beside the application's
 * ({@code gk_camunda_schema_history}), from the SQL scripts shipped in the engine's jar. It runs as soon as the data
 * source exists, so the engine, which needs the tables, always starts after it.
 */
@Component
@ConditionalOnProperty(name = "gongkai.camunda-schema.migrate", havingValue = "true")
class CamundaSchemaMigration implements BeanPostProcessor {

	static final String HISTORY_TABLE = "gk_camunda_schema_history";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof DataSource dataSource) {
			migrate(dataSource);
		}
		return bean;
	}

	static void migrate(DataSource dataSource) {
		Flyway.configure()
			.dataSource(dataSource)
			.table(HISTORY_TABLE)
			.locations("classpath:cn/gongkai/process/schema/migration")
			// The schema already holds the application's tables (or, on a database the engine set up itself,
			// Camunda's): start the history below the first Camunda version and let each migration decide.
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
	}

}
