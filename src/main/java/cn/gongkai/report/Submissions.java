package cn.gongkai.report;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The report forms a browser session was given and the receipts of those it filed. A token is taken once: the first
 * submission files, any other finds the receipt (or, while the first is still being filed, nothing to file).
 */
final class Submissions implements Serializable {

	static final String ATTRIBUTE = Submissions.class.getName();
	/** Forms open at once in one session (several tabs); the oldest is forgotten first. */
	static final int MAX_OPEN = 20;
	static final int MAX_FILED = 10;

	private static final long serialVersionUID = 1L;

	private final Set<String> open = new LinkedHashSet<>();
	private final Map<String, Receipt> filed = new LinkedHashMap<>();

	synchronized String issue() {
		String token = UUID.randomUUID().toString();
		open.add(token);
		while (open.size() > MAX_OPEN) {
			open.remove(open.iterator().next());
		}
		return token;
	}

	/** True for the one submission that may file with this token. */
	synchronized boolean take(String token) {
		return token != null && open.remove(token);
	}

	/** A refused submission may be corrected and sent again with the same form. */
	synchronized void giveBack(String token) {
		open.add(token);
	}

	synchronized void filed(String token, Receipt receipt) {
		filed.put(token, receipt);
		while (filed.size() > MAX_FILED) {
			filed.remove(filed.keySet().iterator().next());
		}
	}

	synchronized Optional<Receipt> receipt(String token) {
		return Optional.ofNullable(token == null ? null : filed.get(token));
	}

}
