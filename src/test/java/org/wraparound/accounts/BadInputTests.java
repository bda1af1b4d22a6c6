package org.wraparound.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;

/** Whatever is typed into a form, the answer is a page with a message or a 4xx, never a 5xx or raw markup. */
@WraparoundTest
class BadInputTests {

	private static final String SCRIPT = "<script>alert('x')</script>";

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	static Stream<String> nastyValues() {
		return Stream.of("", " ", "x".repeat(10_000), SCRIPT, "\"><img src=x onerror=alert(1)>",
				"'; drop table accounts_account; --", "Robert'); DELETE FROM accounts_role;--",
				"\u202Eمرحبا بالعالم\u202C 🌷👩🏽‍🦳", "nul\u0000byte", "tab\tand\nnewline", "%00%27%22",
				"${7*7}", "@{x}", "ż".repeat(300));
	}

	@ParameterizedTest
	@MethodSource("nastyValues")
	void signUpNeverFailsAndNeverEchoesMarkup(String value) {
		for (String field : new String[] { "name", "email", "password", "language" }) {
			Map<String, String> form = new java.util.HashMap<>(Map.of("name", "Valid Name", "email",
					"valid@bad-input.example", "password", "a valid password", "language", "en"));
			form.put(field, value);
			var visitor = new Visitor(port);
			visitor.get("/signup");
			var response = visitor.post("/signup", form);
			assertThat(response.status()).as("%s = %.40s", field, value).isLessThan(500);
			assertThat(response.body()).doesNotContain(SCRIPT, "<img src=x");
			if (response.status() == 200) {
				assertThat(response.body()).as("a message beside the field").contains("field-error");
			}
		}
	}

	@ParameterizedTest
	@MethodSource("nastyValues")
	void signInNeverFails(String value) {
		var visitor = new Visitor(port);
		assertThat(visitor.signIn(value, value).status()).isLessThan(500);
		assertThat(visitor.signIn("staff@wraparound.example", value).location()).endsWith("/signin?error");
	}

	@ParameterizedTest
	@MethodSource("nastyValues")
	void publicPagesNeverFailOnOddAddressesOrParameters(String value) {
		var visitor = new Visitor(port);
		String encoded = java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
		for (String path : new String[] { "/communities/" + encoded, "/join/" + encoded, "/?lang=" + encoded,
				"/signin?error=" + encoded }) {
			if (path.length() > 8_000) {
				continue;
			}
			var response = visitor.get(path);
			assertThat(response.status()).as(path).isLessThan(500);
			assertThat(response.body()).doesNotContain(SCRIPT, "<img src=x");
		}
	}

	@ParameterizedTest
	@MethodSource("nastyValues")
	void nothingIsStoredFromARefusedSignUp(String value) {
		var visitor = new Visitor(port);
		visitor.get("/signup");
		visitor.post("/signup", Map.of("name", value, "email", "refused@bad-input.example", "password", "short",
				"language", "en"));
		assertThat(accounts.findByEmail("refused@bad-input.example")).isEmpty();
	}
}
