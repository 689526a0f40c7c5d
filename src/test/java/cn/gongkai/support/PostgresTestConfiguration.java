package cn.gongkai.support;

import javax.sql.DataSource;

import cn.gongkai.application.ApplicationService;
import cn.gongkai.obligation.DueRules;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.obligation.ScheduledStarts;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.mail.javamail.JavaMailSender;

@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

	@Bean
	DataSource dataSource() {
		return EmbeddedPostgres.dataSource();
	}

	/** Every context of the suite sends its emails over SMTP to the one GreenMail server. */
	@Bean
	JavaMailSender mailSender() {
		return new FaultyMailSender(MailServer.port());
	}

	@Bean
	Desk desk(ProcessEngine engine) {
		return new Desk(engine);
	}

	@Bean
	Applicants applicants(ApplicationService applications, ProcessEngine engine, Desk desk) {
		return new Applicants(applications, engine, desk);
	}

	@Bean
	ScheduledObligations scheduledObligations(ObligationService obligations, ScheduledStarts starts, DueRules dueRules) {
		return new ScheduledObligations(obligations, starts, dueRules);
	}

}
