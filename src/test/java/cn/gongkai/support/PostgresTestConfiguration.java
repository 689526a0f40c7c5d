package cn.gongkai.support;

import javax.sql.DataSource;

import cn.gongkai.obligation.DueRules;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.obligation.ScheduledStarts;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

	@Bean
	DataSource dataSource() {
		return EmbeddedPostgres.dataSource();
	}

	@Bean
	ScheduledObligations scheduledObligations(ObligationService obligations, ScheduledStarts starts, DueRules dueRules) {
		return new ScheduledObligations(obligations, starts, dueRules);
	}

}
