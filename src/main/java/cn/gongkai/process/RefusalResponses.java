package cn.gongkai.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Both REST APIs (the public one and the one Tasklist uses) put "Cannot submit task form &lt;id&gt;: " before a form
 * refusal, and Tasklist shows that English to the drafter. When {@link RefusalInterceptor} refused the request, the
 * answer is our Chinese message alone; every other answer passes unchanged.
 */
@Component
class RefusalResponses extends OncePerRequestFilter {

	static final String REFUSAL = RefusalResponses.class.getName() + ".message";

	private final ObjectMapper json;

	RefusalResponses(ObjectMapper json) {
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return !"POST".equals(request.getMethod()) || !(uri.startsWith(request.getContextPath() + "/engine-rest/")
				|| uri.startsWith(request.getContextPath() + "/camunda/api/engine/"))
				|| !(uri.endsWith("/submit-form") || uri.endsWith("/complete") || uri.endsWith("/start")
						|| uri.endsWith("/resolve"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (request.getAttribute(REFUSAL) instanceof String message
				&& wrapper.getStatus() == HttpServletResponse.SC_BAD_REQUEST) {
			wrapper.resetBuffer();
			wrapper.setContentType(MediaType.APPLICATION_JSON_VALUE);
			wrapper.setCharacterEncoding(StandardCharsets.UTF_8.name());
			wrapper.getOutputStream()
				.write(json.writeValueAsBytes(Map.of("type", "FormFieldValidationException", "message", message)));
		}
		wrapper.copyBodyToResponse();
	}

}
