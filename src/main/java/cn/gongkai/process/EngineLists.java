package cn.gongkai.process;

import java.util.ArrayList;
import java.util.List;

/** The engine's configured lists (interceptors, parse listeners, job handlers…) with one of ours added. */
public final class EngineLists {

	private EngineLists() {
	}

	/** {@code configured} (none yet: null) with {@code added} last. */
	public static <T> List<T> withLast(List<? extends T> configured, T added) {
		List<T> list = configured == null ? new ArrayList<>() : new ArrayList<>(configured);
		list.add(added);
		return list;
	}

	/** {@code configured} (none yet: null) with {@code added} first, so that it runs before the others. */
	public static <T> List<T> withFirst(T added, List<? extends T> configured) {
		List<T> list = new ArrayList<>();
		list.add(added);
		if (configured != null) {
			list.addAll(configured);
		}
		return list;
	}

}
