package cn.gongkai.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** A cookie-keeping HTTP client that behaves like a person's browser session, or like a REST client with Basic auth. */
public final class WebClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient http;
	private String basic;

	public WebClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	public WebClient basic(String user, String password) {
		basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this;
	}

	public WebClient login(String user) {
		HttpResponse<String> response = postForm("/login", csrfOf("/login"),
				Map.of("username", user, "password", Staff.PASSWORD));
		if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Login failed for " + user + ": " + response.statusCode());
		}
		return this;
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(request(path, headers).GET().build());
	}

	public HttpResponse<byte[]> getBytes(String path, String... headers) {
		try {
			return http.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> postJson(String path, String json, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** A body as the given bytes, for charsets and encodings a browser would not choose. */
	public HttpResponse<String> postBytes(String path, String contentType, byte[] body, String... headers) {
		return send(request(path, headers).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	public HttpResponse<String> send(String method, String path, String json, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	/** The form on the page at {@code pagePath} that posts to {@code action}: what a person would press. */
	public Element formPostingTo(String pagePath, String action) {
		return Jsoup.parse(get(pagePath).body()).selectFirst("form[action$=" + action + "]");
	}

	public String csrfOf(String pagePath) {
		Matcher m = CSRF.matcher(get(pagePath).body());
		if (!m.find()) {
			throw new IllegalStateException("No CSRF token on " + pagePath);
		}
		return m.group(1);
	}

	public HttpResponse<String> postForm(String path, String csrf, Map<String, String> fields) {
		String body = fields.entrySet()
			.stream()
			.map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
			.collect(Collectors.joining("&"));
		if (csrf != null) {
			body = body + (body.isEmpty() ? "" : "&") + "_csrf=" + enc(csrf);
		}
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public HttpResponse<String> upload(String path, String csrf, String fileName, byte[] content) {
		String boundary = "----gongkai" + UUID.randomUUID();
		var out = new ByteArrayOutputStream();
		try {
			out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
			out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			out.write(content);
			out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
			.build());
	}

	/** A multipart form: text fields, then files as (field name, file name, bytes). */
	public HttpResponse<String> postMultipart(String path, String csrf, Map<String, String> fields,
			List<Object[]> files) {
		String boundary = "----gongkai" + UUID.randomUUID();
		var out = new ByteArrayOutputStream();
		try {
			if (csrf != null) {
				out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			for (var field : fields.entrySet()) {
				out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
						+ "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + field.getValue() + "\r\n")
					.getBytes(StandardCharsets.UTF_8));
			}
			for (Object[] file : files) {
				out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file[0] + "\"; filename=\""
						+ file[1] + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
				out.write((byte[]) file[2]);
				out.write("\r\n".getBytes(StandardCharsets.UTF_8));
			}
			out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
			.build());
	}

	/** The token the Camunda webapps' own CSRF filter hands out, as their JavaScript would read it. */
	public String camundaXsrfToken() {
		get("/camunda/app/tasklist/default/", "Accept", "text/html");
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.reduce((a, b) -> b)
			.orElseThrow(() -> new IllegalStateException("No XSRF-TOKEN cookie"));
	}

	private HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
		if (basic != null) {
			builder.header("Authorization", basic);
		}
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
