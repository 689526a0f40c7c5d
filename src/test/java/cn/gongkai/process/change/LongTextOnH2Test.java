package cn.gongkai.process.change;

import cn.gongkai.obligation.DueRules;
import cn.gongkai.obligation.ObligationService;
import cn.gongkai.process.obligation.ScheduledStarts;
import cn.gongkai.support.GongkaiTest;
import cn.gongkai.support.ScheduledObligations;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** {@link LongTextJourney} on H2, the database of the default run, with the engine's own schema. */
@Tag(GongkaiTest.APPLICATION)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:long-text;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
				"spring.datasource.username=sa", "spring.datasource.password=",
				// The suite's PostgreSQL context keeps the engine named "default", which the REST API looks up.
				"camunda.bpm.process-engine-name=h2Node" })
@ActiveProfiles("test")
@Import(LongTextOnH2Test.Scheduling.class)
class LongTextOnH2Test extends LongTextJourney {

	@TestConfiguration(proxyBeanMethods = false)
	static class Scheduling {

		@Bean
		ScheduledObligations scheduledObligations(ObligationService obligations, ScheduledStarts starts,
				DueRules dueRules) {
			return new ScheduledObligations(obligations, starts, dueRules);
		}

	}

}
