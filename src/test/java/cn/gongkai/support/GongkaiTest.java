package cn.gongkai.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the shared embedded PostgreSQL, served on a random port, with its metrics exported as in
 * production (Spring Boot turns exporters off in tests otherwise), and the engine's clock reset after each test.
 * Tagged {@value #APPLICATION}: {@code ./mvnw test} leaves it out, {@code ./mvnw verify} runs it.
 */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Tag(GongkaiTest.APPLICATION)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PostgresTestConfiguration.class)
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false)
@ExtendWith(GongkaiTest.EngineClock.class)
public @interface GongkaiTest {

	/** The tag of every test that starts the application: run by failsafe in {@code verify}, not by {@code test}. */
	String APPLICATION = "application";

	/** The engine's clock is the JVM's: a test that moves it leaves it as it found it for the next test. */
	class EngineClock implements AfterEachCallback {

		@Override
		public void afterEach(ExtensionContext context) {
			ClockUtil.reset();
		}

	}

}
