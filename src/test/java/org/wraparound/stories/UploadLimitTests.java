package org.wraparound.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.WraparoundTest;

/**
 * A 40 MB photo sent over real HTTP, through the server's own multipart limits: the form comes back with a message
 * and what was typed, never a server error.
 */
@WraparoundTest
class UploadLimitTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	@Test
	void aFortyMegabytePhotoGetsAMessageNotAServerError() throws Exception {
		String csrf = csrf(get("/signin"));
		post("/signin", "email=" + encode("volunteer@wraparound.example") + "&password=wraparound-demo&_csrf=" + encode(csrf));
		csrf = csrf(get("/stories/new"));

		String boundary = "----story" + System.nanoTime();
		var body = new ByteArrayOutputStream();
		field(body, boundary, "_csrf", csrf);
		field(body, boundary, "title", "Forty megabytes");
		field(body, boundary, "body", "Kept as typed.");
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"big.jpg\"\r\n"
				+ "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		byte[] big = new byte[40 * 1024 * 1024];
		big[0] = (byte) 0xff;
		big[1] = (byte) 0xd8;
		big[2] = (byte) 0xff;
		body.writeBytes(big);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

		var response = http.send(HttpRequest.newBuilder(uri("/stories/new"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("larger than 8 MB", "value=\"Forty megabytes\"", "Kept as typed.");
	}

	private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
				+ "\r\n").getBytes(StandardCharsets.UTF_8));
	}

	private String get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(uri(path)).header("Accept-Language", "en").GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
	}

	private void post(String path, String form) throws IOException, InterruptedException {
		http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String csrf(String page) {
		var matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF field").isTrue();
		return matcher.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
