package cn.gongkai.process;

import cn.gongkai.record.RecordRefusedException;

/** Small helpers for glue code that refuses bad form input in the domain's terms. */
public final class Refusals {

	private Refusals() {
	}

	public static RecordRefusedException refuse(String chineseMessage) {
		return new RecordRefusedException(chineseMessage);
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
