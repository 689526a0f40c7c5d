package cn.gongkai.column;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import cn.gongkai.record.ColumnChanged;
import cn.gongkai.record.PublishedRecords;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Keeps the public column's rendered answers (pages, feeds, API) in memory. What they show changes only when something
 * is published, corrected or retracted: this node drops everything when its own transaction doing so commits, and
 * notices another node's within {@code check-interval} by a one-number query. Attachments are not kept (they are
 * large and rarely read twice).
 *
 * <p>It runs ahead of Spring Security: a kept answer is public by construction (only anonymous GETs of public pages,
 * without a session cookie set, are kept), and it is replayed with the headers Spring Security gave it the first time
 * (content security policy, frame options, no-store), so that a hit costs no more than copying bytes.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ColumnCache extends OncePerRequestFilter {

	static final String BYPASS_HEADER = "X-Gongkai-Cache-Bypass";
	static final String STATUS_HEADER = "X-Gongkai-Cache";

	private record Page(long generation, String contentType, Map<String, List<String>> headers, byte[] body) {
	}

	private final ColumnCacheProperties properties;
	private final PublishedRecords published;
	private final Cache<String, Page> pages;
	private final AtomicLong generation = new AtomicLong();
	private final AtomicLong nextCheck = new AtomicLong();
	private volatile long stamp = -1;

	ColumnCache(ColumnCacheProperties properties, PublishedRecords published) {
		this.properties = properties;
		this.published = published;
		this.nextCheck.set(System.nanoTime());
		this.pages = Caffeine.newBuilder()
			.maximumWeight(properties.maxBytes())
			.weigher((String key, Page page) -> key.length() * 2 + page.body().length)
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		if (!properties.enabled() || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
			return true;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		boolean column = path.equals("/") || path.startsWith("/column/") || path.startsWith("/api/column/");
		return !column || path.startsWith("/column/attachments/") || bypassed(request);
	}

	private boolean bypassed(HttpServletRequest request) {
		String token = properties.bypassToken();
		return token != null && !token.isEmpty() && token.equals(request.getHeader(BYPASS_HEADER));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		checkOtherNodes();
		String key = request.getMethod() + " " + request.getRequestURI()
				+ (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		long current = generation.get();
		Page page = pages.getIfPresent(key);
		if (page != null && page.generation() == current) {
			page.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			response.setHeader(STATUS_HEADER, "hit");
			response.setContentType(page.contentType());
			response.setContentLength(page.body().length);
			response.getOutputStream().write(page.body());
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		wrapper.setHeader(STATUS_HEADER, "miss");
		chain.doFilter(request, wrapper);
		// A page rendered while a publication committed may be stale: it is served, not kept.
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getHeader(HttpHeaders.SET_COOKIE) == null
				&& generation.get() == current) {
			pages.put(key, new Page(current, wrapper.getContentType(), replayable(wrapper), wrapper.getContentAsByteArray()));
		}
		wrapper.copyBodyToResponse();
	}

	private static Map<String, List<String>> replayable(HttpServletResponse response) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		for (String name : response.getHeaderNames()) {
			if (!SKIPPED.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, List.copyOf(response.getHeaders(name)));
			}
		}
		return headers;
	}

	private static final Set<String> SKIPPED = Set.of("content-type", "content-length", "date", "set-cookie",
			"transfer-encoding", STATUS_HEADER.toLowerCase(Locale.ROOT));

	@TransactionalEventListener(fallbackExecution = true)
	void columnChanged(ColumnChanged event) {
		invalidate();
	}

	private void checkOtherNodes() {
		long now = System.nanoTime();
		long due = nextCheck.get();
		if (now - due < 0 || !nextCheck.compareAndSet(due, now + properties.checkInterval().toNanos())) {
			return;
		}
		long latest = published.stamp();
		if (latest != stamp) {
			stamp = latest;
			invalidate();
		}
	}

	private void invalidate() {
		generation.incrementAndGet();
		pages.invalidateAll();
	}

}
