package cn.gongkai.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A process test on the whole application ({@link GongkaiTest}): camunda-bpm-assert bound to the engine before each
 * test and reset after it. Tests take the {@link Desk} as a bean.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@GongkaiTest
@ExtendWith(ProcessTest.Engine.class)
public @interface ProcessTest {

	/** Binds camunda-bpm-assert to the application's engine, and leaves nothing behind for the next test. */
	class Engine implements BeforeEachCallback, AfterEachCallback {

		@Override
		public void beforeEach(ExtensionContext context) {
			BpmnAwareTests.init(SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class));
		}

		@Override
		public void afterEach(ExtensionContext context) {
			BpmnAwareTests.reset();
		}

	}

}
