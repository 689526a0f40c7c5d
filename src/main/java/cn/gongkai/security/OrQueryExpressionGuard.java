package cn.gongkai.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import cn.gongkai.process.OrQueryExpressionInterceptor;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CVE-2026-109432: refuses, with 400, any task or filter query sent to {@code /engine-rest} or to the webapps' engine
 * API whose {@code orQueries} carry an expression. Camunda 7.24 CE evaluates those expressions unchecked; a stored
 * filter executes its or-branches inside another command, out of reach of the engine-side interceptor.
 */
class OrQueryExpressionGuard extends OncePerRequestFilter {

	static final int MAX_BODY_BYTES = 1024 * 1024;

	private static final Pattern QUERY_PATHS = Pattern
		.compile("^(/engine-rest|/camunda/api/engine/engine/[^/]+)/(task(/.*)?|filter(/.*)?)$");

	private final ObjectMapper objectMapper;

	OrQueryExpressionGuard(ObjectMapper objectMapper) {
		this.objectMapper = objectMapper;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		return !("POST".equals(method) || "PUT".equals(method))
				|| !QUERY_PATHS.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] body = request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
		if (body.length > MAX_BODY_BYTES) {
			reject(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "查询请求过大");
			return;
		}
		if (carriesOrQueryExpression(body)) {
			reject(response, HttpServletResponse.SC_BAD_REQUEST, OrQueryExpressionInterceptor.MESSAGE);
			return;
		}
		chain.doFilter(new CachedBodyRequest(request, body), response);
	}

	boolean carriesOrQueryExpression(byte[] body) {
		if (!new String(body, StandardCharsets.UTF_8).contains("orQueries")) {
			return false;
		}
		try {
			return containsOrQueryExpression(objectMapper.readTree(body), false);
		}
		catch (IOException ex) {
			// Not JSON: the REST API will refuse it by itself, and it cannot carry an or-query.
			return false;
		}
	}

	private static boolean containsOrQueryExpression(JsonNode node, boolean insideOrQuery) {
		if (node == null) {
			return false;
		}
		if (node.isTextual()) {
			return insideOrQuery && isExpression(node.asText());
		}
		if (node.isArray()) {
			for (JsonNode element : node) {
				if (containsOrQueryExpression(element, insideOrQuery)) {
					return true;
				}
			}
			return false;
		}
		if (node.isObject()) {
			Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
			while (fields.hasNext()) {
				Map.Entry<String, JsonNode> field = fields.next();
				boolean inside = insideOrQuery || "orQueries".equals(field.getKey());
				if (inside && field.getKey().endsWith("Expression") && !field.getValue().isNull()) {
					return true;
				}
				if (containsOrQueryExpression(field.getValue(), inside)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean isExpression(String value) {
		return value.contains("${") || value.contains("#{");
	}

	private void reject(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		try {
			objectMapper.writeValue(response.getOutputStream(),
					Map.of("type", "InvalidRequestException", "message", message));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Lets the REST API read the body the guard has already read. */
	private static final class CachedBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			var in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("Synchronous body only");
				}
			};
		}

		@Override
		public java.io.BufferedReader getReader() {
			return new java.io.BufferedReader(
					new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

	}

}
