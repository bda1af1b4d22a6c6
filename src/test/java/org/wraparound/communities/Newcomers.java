package org.wraparound.communities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.wraparound.TestMail;
import org.wraparound.Visitor;

/** People who are new to Wraparound, signed up over HTTP, as the tests of this package need them. */
final class Newcomers {

	static final String PASSWORD = "a fine long password";

	private Newcomers() {
	}

	/** An email address no one has used yet. */
	static String email(String who) {
		return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@communities.example";
	}

	/** Signs up and signs in; the address is not confirmed yet. */
	static Visitor signedUp(int port, String name, String email, String language) {
		var visitor = new Visitor(port).speaking(language);
		visitor.get("/signup");
		assertThat(visitor.post("/signup", Map.of("name", name, "email", email, "password", PASSWORD, "language",
				language)).status()).isEqualTo(302);
		assertThat(visitor.signIn(email, PASSWORD).status()).isEqualTo(302);
		return visitor;
	}

	/** Confirms the address with the link the sign-up mail carries. */
	static void confirm(Visitor visitor, String email) {
		String verify = TestMail.link(TestMail.awaitMailTo(email, 1).stream()
			.filter(mail -> TestMail.text(mail).contains("/verify-email")).findFirst().orElseThrow(), "/verify-email");
		visitor.get(verify);
		assertThat(visitor.post("/verify-email", Map.of("token", verify.substring(verify.indexOf("token=") + 6)))
			.status()).isLessThan(400);
	}

	/** Signs up, confirms the address and signs in. */
	static Visitor confirmed(int port, String name, String email) {
		var visitor = signedUp(port, name, email, "en");
		confirm(visitor, email);
		return visitor;
	}
}
