package org.wraparound.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;

/** The test profile allows 5 wrong passwords per email and 3 emailed links per address in the period. */
@WraparoundTest
class ThrottleTests {

	@LocalServerPort
	int port;

	@Test
	void tooManyWrongPasswordsForOneEmailAreThrottledWithAPlainMessage() {
		var visitor = new Visitor(port);
		for (int i = 0; i < 5; i++) {
			assertThat(visitor.signIn("volunteer@wraparound.example", "wrong " + i).location())
				.endsWith("/signin?error");
		}
		var throttled = visitor.signIn("volunteer@wraparound.example", "wraparound-demo");
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(Long.parseLong(throttled.header("Retry-After").orElseThrow())).isPositive();
		assertThat(throttled.body()).contains("Too many tries");

		assertThat(new Visitor(port).signIn("staff@wraparound.example", "wraparound-demo").location())
			.as("other people are not held back").doesNotContain("error");
		assertThat(visitor.signIn("unknown@nowhere.example", "x").status()).as("unknown emails count the same way")
			.isEqualTo(302);
	}

	@Test
	void aCorrectSignInDoesNotCountAgainstThePerson() {
		for (int i = 0; i < 8; i++) {
			assertThat(new Visitor(port).signIn("admin@wraparound.example", "wraparound-demo").location())
				.doesNotContain("error");
		}
	}

	@Test
	void tooManyEmailedLinksForOneAddressAreThrottled() {
		var visitor = new Visitor(port);
		visitor.get("/signin");
		for (int i = 0; i < 3; i++) {
			assertThat(visitor.post("/signin/link", Map.of("email", "someone@throttle.example")).status())
				.isEqualTo(302);
		}
		var throttled = visitor.post("/signin/link", Map.of("email", "someone@throttle.example"));
		assertThat(throttled.status()).isEqualTo(429);
		assertThat(throttled.header("Retry-After")).isPresent();
		assertThat(throttled.body()).contains("too many tries in a short time");
		visitor.get("/reset-password");
		assertThat(visitor.post("/reset-password", Map.of("email", "someone@throttle.example")).status())
			.isEqualTo(429);
	}
}
