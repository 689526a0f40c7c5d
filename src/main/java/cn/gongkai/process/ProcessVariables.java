package cn.gongkai.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reads of the variables the system itself writes (ids, keys, counters, flags). A value of the wrong type is a
 * fault of the models or the code, never a person's input: form fields are read through {@link Refusals}, which
 * answers a person in Chinese.
 */
public final class ProcessVariables {

	private ProcessVariables() {
	}

	public static String text(VariableScope scope, String name) {
		return typed(scope, name, String.class);
	}

	/** An integer variable (the engine keeps small numbers as Integer, larger ones as Long), or null. */
	public static Integer integer(VariableScope scope, String name) {
		Number value = typed(scope, name, Number.class);
		return value == null ? null : value.intValue();
	}

	public static Long number(VariableScope scope, String name) {
		Number value = typed(scope, name, Number.class);
		return value == null ? null : value.longValue();
	}

	public static boolean flag(VariableScope scope, String name) {
		return Boolean.TRUE.equals(typed(scope, name, Boolean.class));
	}

	public static Date date(VariableScope scope, String name) {
		return typed(scope, name, Date.class);
	}

	/** A variable that must be there. */
	public static <T> T required(T value, String name) {
		if (value == null) {
			throw new IllegalStateException("Process variable " + name + " is missing");
		}
		return value;
	}

	private static <T> T typed(VariableScope scope, String name, Class<T> type) {
		Object value = scope.getVariable(name);
		if (value != null && !type.isInstance(value)) {
			throw new IllegalStateException("Process variable " + name + " is a " + value.getClass().getSimpleName()
					+ ", not a " + type.getSimpleName());
		}
		return type.cast(value);
	}

}
