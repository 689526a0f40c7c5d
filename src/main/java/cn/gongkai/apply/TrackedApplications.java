package cn.gongkai.apply;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.util.WebUtils;

/**
 * The applications a browser session proved it may follow, by their tracking number and secret code: their letters
 * and released files are then served to it without the code in every link. Bounded, so that a session that looks up
 * many applications keeps only the latest.
 */
final class TrackedApplications implements Serializable {

	static final String ATTRIBUTE = TrackedApplications.class.getName();
	static final int MAX_TRACKED = 10;

	private static final long serialVersionUID = 1L;

	private final Set<Long> ids = new LinkedHashSet<>();

	static TrackedApplications of(HttpSession session) {
		synchronized (WebUtils.getSessionMutex(session)) {
			TrackedApplications tracked = (TrackedApplications) session.getAttribute(ATTRIBUTE);
			if (tracked == null) {
				tracked = new TrackedApplications();
				session.setAttribute(ATTRIBUTE, tracked);
			}
			return tracked;
		}
	}

	/** What the request's session may follow; a request without a session (a bare link) may follow nothing. */
	static List<Long> ofRequest(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? List.of() : of(session).ids();
	}

	synchronized void remember(long applicationId) {
		// Most recent last, so that the oldest is the one forgotten.
		ids.remove(applicationId);
		ids.add(applicationId);
		while (ids.size() > MAX_TRACKED) {
			ids.remove(ids.iterator().next());
		}
	}

	synchronized List<Long> ids() {
		return List.copyOf(ids);
	}

}
