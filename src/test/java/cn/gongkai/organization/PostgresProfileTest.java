package cn.gongkai.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gongkai.GongkaiApplication;
import cn.gongkai.support.EmbeddedPostgres;
import cn.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The production profile: PostgreSQL from the environment, and no start without an administrator password. */
@Tag(GongkaiTest.APPLICATION)
class PostgresProfileTest {

	@Test
	void refusesToStartWithoutAnAdministratorPassword() {
		var application = new SpringApplicationBuilder(GongkaiApplication.class).profiles("postgres")
			.properties("DB_URL=" + EmbeddedPostgres.jdbcUrl(), "DB_USERNAME=postgres", "DB_PASSWORD=postgres",
					"server.port=0");
		assertThatThrownBy(() -> application.run().close()).satisfies(ex -> {
			Throwable root = ex;
			while (root.getCause() != null) {
				root = root.getCause();
			}
			assertThat(root).hasMessage(AdminPasswordRequirement.MESSAGE);
		});
	}

}
