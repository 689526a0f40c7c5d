package cn.gongkai.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the shared embedded PostgreSQL, served on a random port, with its metrics exported as in
 * production (Spring Boot turns exporters off in tests otherwise). Tagged {@value #APPLICATION}: {@code ./mvnw test}
 * leaves it out, {@code ./mvnw verify} runs it.
 */
@Target(ElementType.TYPE)
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Tag(GongkaiTest.APPLICATION)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PostgresTestConfiguration.class)
@ActiveProfiles("test")
@AutoConfigureObservability(tracing = false)
public @interface GongkaiTest {

	/** The tag of every test that starts the application: run by failsafe in {@code verify}, not by {@code test}. */
	String APPLICATION = "application";

}
