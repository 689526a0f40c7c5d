package cn.gongkai.process;

import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** Puts one of the application's sessions in the place of one of Camunda's, for every command the engine runs. */
final class EngineSessions {

	private EngineSessions() {
	}

	/** The engine keys its sessions by type: a custom factory for {@code type} takes the place of Camunda's own. */
	static <T extends Session> void replace(ProcessEngineConfigurationImpl configuration, Class<? super T> type,
			Supplier<T> session) {
		SessionFactory factory = new SessionFactory() {
			@Override
			public Class<?> getSessionType() {
				return type;
			}

			@Override
			public Session openSession() {
				return session.get();
			}
		};
		configuration.setCustomSessionFactories(EngineLists.withLast(configuration.getCustomSessionFactories(), factory));
	}

}
