package cn.gongkai.site;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How browsers keep the webapps' static files (docs/performance.md). Camunda's own files (its libraries, each app's
 * bootstrap script and style, fonts and images) change only with Camunda's version, which their addresses carry
 * ({@code ?bust=7.24.0}): a browser keeps them a year without asking. The files this application puts in their place or
 * beside them (each app's {@code config.js}, its Chinese locale, the {@code gongkai} scripts, {@code user-styles.css})
 * may change with any release under the same address: a browser asks each time and gets a 304 while they have not.
 * Pages and API answers are not touched (Spring Security keeps them out of caches).
 */
@Component
class WebappCaching extends OncePerRequestFilter {

	static final String KEEP = "public, max-age=31536000, immutable";
	static final String REVALIDATE = "no-cache";

	private static final Pattern CAMUNDA_FILES = Pattern.compile(
			"^/camunda/(lib/.+|assets/.+|app/[a-z]+/camunda-[a-z]+-bootstrap\\.(js|css)|app/[a-z]+/assets/.+)$");
	private static final Pattern OUR_FILES = Pattern.compile(
			"^/camunda/app/([a-z]+/scripts/config\\.js|[a-z]+/locales/zh\\.json|gongkai/.+\\.(js|css)|[a-z]+/styles/user-styles\\.css)$");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("GET".equals(request.getMethod())) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (OUR_FILES.matcher(path).matches()) {
				response.setHeader("Cache-Control", REVALIDATE);
			}
			else if (CAMUNDA_FILES.matcher(path).matches()) {
				response.setHeader("Cache-Control", KEEP);
			}
		}
		chain.doFilter(request, response);
	}

}
