package cn.gongkai.site;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.web.util.WebUtils;

/**
 * The forms of one kind a browser session was given, and what those it sent produced (the reporting channel's
 * pattern, for forms whose result is not a report). A token is taken once: the first submission files, any other
 * finds its result (or, while the first is still being filed, nothing to file), so a second click or a refresh
 * files nothing twice.
 *
 * @param <R> what a filed form produced, shown again for the same token
 */
public final class FormTokens<R extends Serializable> implements Serializable {

	/** Forms open at once in one session (several tabs); the oldest is forgotten first. */
	public static final int MAX_OPEN = 20;
	public static final int MAX_FILED = 10;

	private static final long serialVersionUID = 1L;

	private final Set<String> open = new LinkedHashSet<>();
	private final Map<String, R> filed = new LinkedHashMap<>();

	/** The session's tokens for one kind of form, kept under {@code attribute}. */
	@SuppressWarnings("unchecked")
	public static <R extends Serializable> FormTokens<R> of(HttpSession session, String attribute) {
		synchronized (WebUtils.getSessionMutex(session)) {
			FormTokens<R> tokens = (FormTokens<R>) session.getAttribute(attribute);
			if (tokens == null) {
				tokens = new FormTokens<>();
				session.setAttribute(attribute, tokens);
			}
			return tokens;
		}
	}

	public synchronized String issue() {
		String token = UUID.randomUUID().toString();
		open.add(token);
		while (open.size() > MAX_OPEN) {
			open.remove(open.iterator().next());
		}
		return token;
	}

	/** True for the one submission that may file with this token. */
	public synchronized boolean take(String token) {
		return token != null && open.remove(token);
	}

	/** A refused submission may be corrected and sent again with the same form. */
	public synchronized void giveBack(String token) {
		open.add(token);
	}

	public synchronized void filed(String token, R result) {
		filed.put(token, result);
		while (filed.size() > MAX_FILED) {
			filed.remove(filed.keySet().iterator().next());
		}
	}

	public synchronized Optional<R> result(String token) {
		return Optional.ofNullable(token == null ? null : filed.get(token));
	}

}
