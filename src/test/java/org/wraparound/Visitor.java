package org.wraparound;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One person with a browser-like cookie jar, talking real HTTP to the running application (so error pages,
 * security filters and redirects behave exactly as in production). It fills in the CSRF token of the last page it
 * saw, the way a form would.
 */
public final class Visitor {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http;
	private final String base;
	private String csrf = "";
	private String acceptLanguage = "en";

	public Visitor(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
	}

	private Visitor(HttpClient http, String base, String acceptLanguage) {
		this.http = http;
		this.base = base;
		this.acceptLanguage = acceptLanguage;
	}

	/**
	 * The same person, with the same cookies, talking to the application on another port: another node, as a load
	 * balancer without sticky sessions would send them to.
	 */
	public Visitor onPort(int port) {
		return new Visitor(http, "http://localhost:" + port, acceptLanguage);
	}

	public Visitor speaking(String language) {
		this.acceptLanguage = language;
		return this;
	}

	public Response get(String path) {
		return send(request(path).GET().build());
	}

	/** Gets a page with one more request header, such as {@code HX-Request} for what htmx asks. */
	public Response getWithHeader(String path, String header, String value) {
		return send(request(path).header(header, value).GET().build());
	}

	/** Gets a file, such as a PDF, as it was sent. */
	public Download download(String path) {
		try {
			HttpResponse<byte[]> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Download(response.statusCode(), response.body(), response);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Opens an event stream (server-sent events) as this visitor. It returns once the headers arrive; the lines then
	 * come as the server sends them, until the stream or the returned body is closed.
	 */
	public HttpResponse<java.util.stream.Stream<String>> stream(String path) {
		try {
			return http.send(request(path).setHeader("Accept", "text/event-stream").GET().build(),
					HttpResponse.BodyHandlers.ofLines());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/** Posts a form with the CSRF token of the last page seen. */
	public Response post(String path, Map<String, String> form) {
		Map<String, String> withToken = new LinkedHashMap<>(form);
		withToken.putIfAbsent("_csrf", csrf);
		return postRaw(path, withToken);
	}

	/** Posts a form with the CSRF token of the last page seen and one more request header, as htmx does. */
	public Response postWithHeader(String path, Map<String, String> form, String header, String value) {
		Map<String, String> withToken = new LinkedHashMap<>(form);
		withToken.putIfAbsent("_csrf", csrf);
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").header(header, value)
			.POST(HttpRequest.BodyPublishers.ofString(body(withToken))).build());
	}

	/**
	 * Posts an already encoded form body (where a name may repeat, as with rows of a table), with the CSRF token of
	 * the last page seen.
	 */
	public Response postForm(String path, String encodedBody) {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(encodedBody + "&_csrf=" + encode(csrf))).build());
	}

	/**
	 * Uploads one file as a multipart form, as a file input would, with the CSRF token of the last page seen.
	 */
	public Response upload(String path, String field, String fileName, byte[] content) {
		String boundary = "----wraparound" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
				+ "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(java.util.List.of(head, content, tail))).build());
	}

	/** Posts exactly the given fields: no CSRF token is added. */
	public Response postRaw(String path, Map<String, String> form) {
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body(form))).build());
	}

	private static String body(Map<String, String> form) {
		return form.entrySet().stream()
			.map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
	}

	/** Signs in with a password, as the sign-in page would. */
	public Response signIn(String email, String password) {
		get("/signin");
		return post("/signin", Map.of("email", email, "password", password));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
			.header("Accept", "text/html,application/xhtml+xml").header("Accept-Language", acceptLanguage);
	}

	private Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			Matcher matcher = CSRF.matcher(response.body());
			if (matcher.find()) {
				csrf = matcher.group(1);
			}
			return new Response(response.statusCode(), response.body(), response);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** What came back. */
	public record Response(int status, String body, HttpResponse<String> raw) {

		public Optional<String> header(String name) {
			return raw.headers().firstValue(name);
		}

		/** Every value of a header that may come more than once, such as Set-Cookie, joined by new lines. */
		public String all(String name) {
			return String.join("\n", raw.headers().allValues(name));
		}

		public String location() {
			return header("Location").orElse("");
		}
	}

	/** A file that came back. */
	public record Download(int status, byte[] body, HttpResponse<byte[]> raw) {

		public Optional<String> header(String name) {
			return raw.headers().firstValue(name);
		}
	}
}
