package cn.gongkai.process.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import cn.gongkai.GongkaiApplication;
import cn.gongkai.process.obligation.ObligationProcess;
import cn.gongkai.support.EmbeddedPostgres;
import cn.gongkai.support.GongkaiTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/** In the postgres profile Camunda's tables come from Flyway, and a fresh database comes up with one start. */
@Tag(GongkaiTest.APPLICATION)
class CamundaSchemaMigrationTest {

	@Test
	void aFreshDatabaseGetsCamundasTablesFromTheMigrationNotFromTheEngine() {
		String url = url(freshDatabase());

		try (var app = new SpringApplicationBuilder(GongkaiApplication.class).profiles("postgres")
			.run("--DB_URL=" + url, "--DB_USERNAME=postgres", "--DB_PASSWORD=postgres",
					"--GONGKAI_ADMIN_PASSWORD=Qx7!harbor-Lake9", "--server.port=0", "--spring.jmx.enabled=false",
					"--camunda.bpm.process-engine-name=freshNode", "--camunda.bpm.job-execution.enabled=false",
					// See SecondNode: a second copy of the webapps in one JVM would break the first one's.
					"--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration")) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(jdbc.sql("SELECT version FROM " + CamundaSchemaMigration.HISTORY_TABLE + " WHERE success ORDER BY installed_rank")
				.query(String.class)
				.list()).contains("7.24.0");
			assertThat(jdbc.sql("SELECT version_ FROM act_ge_schema_log").query(String.class).list()).containsExactly("7.24.0");
			ProcessEngine engine = app.getBean(ProcessEngine.class);
			assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseSchemaUpdate())
				.isEqualTo("false");
			assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
				.processDefinitionKey(ObligationProcess.KEY)
				.count())
				.isOne();
			assertThat(engine.getIdentityService().createUserQuery().userId("admin").count()).isOne();
		}
	}

	@Test
	void aDatabaseWhoseTablesTheEngineCreatedIsTakenOverAsItIs() {
		String database = freshDatabase();
		var dataSource = new org.springframework.jdbc.datasource.DriverManagerDataSource(url(database), "postgres",
				"postgres");
		JdbcClient jdbc = JdbcClient.create(dataSource);
		// As the engine's schema-update leaves it: its tables, among them the property table the migration looks for.
		jdbc.sql("CREATE TABLE act_ge_property (name_ VARCHAR(64) PRIMARY KEY, value_ VARCHAR(300), rev_ INTEGER)").update();
		CamundaSchemaMigration.migrate(dataSource);
		CamundaSchemaMigration.migrate(dataSource);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE 'act_%'")
			.query(Long.class)
			.single()).isOne();
		assertThat(jdbc.sql("SELECT COUNT(*) FROM " + CamundaSchemaMigration.HISTORY_TABLE + " WHERE version = '7.24.0'")
			.query(Long.class)
			.single()).isOne();
	}

	private static String freshDatabase() {
		String database = "fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		JdbcClient.create(EmbeddedPostgres.dataSource()).sql("CREATE DATABASE " + database).update();
		return database;
	}

	private static String url(String database) {
		return EmbeddedPostgres.jdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
	}

}
