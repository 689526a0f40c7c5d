package cn.gongkai.support;

import javax.sql.DataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

	@Bean
	DataSource dataSource() {
		return EmbeddedPostgres.dataSource();
	}

}
