package cn.gongkai.process;

import java.time.LocalDate;

import cn.gongkai.record.Days;
import cn.gongkai.record.RecordRefusedException;
import cn.gongkai.record.TextHygiene;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Small helpers for glue code that refuses bad form input in the domain's terms. */
public final class Refusals {

	private Refusals() {
	}

	public static RecordRefusedException refuse(String chineseMessage) {
		return new RecordRefusedException(chineseMessage);
	}

	/** A required text field of at most {@code maxLength} characters, stripped. */
	public static String text(VariableScope scope, String name, String label, int maxLength) {
		Object value = scope.getVariable(name);
		if (value != null && !(value instanceof String)) {
			throw refuse(label + "应为文本");
		}
		String text = value == null ? "" : ((String) value).strip();
		if (text.isEmpty()) {
			throw refuse("请填写" + label);
		}
		if (text.length() > maxLength) {
			throw refuse(label + "不能超过 " + maxLength + " 个字");
		}
		return text;
	}

	/**
	 * A required day, as form-js sends it (YYYY-MM-DD), not after {@code latest} (today) nor before {@code earliest},
	 * the day of the event it follows ({@code event} names it: "事件登记日").
	 */
	public static LocalDate day(VariableScope scope, String name, String label, LocalDate earliest, String event,
			LocalDate latest) {
		LocalDate day = day(scope, name, label, latest);
		if (day.isBefore(earliest)) {
			throw refuse(label + "不能早于" + event + "（" + earliest + "）");
		}
		return day;
	}

	/** A required day, as form-js sends it (YYYY-MM-DD), not after {@code latest}. */
	public static LocalDate day(VariableScope scope, String name, String label, LocalDate latest) {
		Object value = scope.getVariable(name);
		if (value == null || value.toString().isBlank()) {
			throw refuse("请填写" + label);
		}
		LocalDate day = Days.parse(value.toString())
			.orElseThrow(() -> refuse(label + "无法识别：“" + TextHygiene.printable(value.toString())
					+ "”，请按 2026-12-07 或 2026/12/7 的格式填写"));
		if (day.isAfter(latest)) {
			throw refuse(label + "不能晚于今天（" + latest + "）");
		}
		return day;
	}

	public static <E extends Enum<E>> E parse(Class<E> type, Object value, String label) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.toString());
		}
		catch (IllegalArgumentException ex) {
			throw refuse(label + "的取值无效：" + value);
		}
	}

}
