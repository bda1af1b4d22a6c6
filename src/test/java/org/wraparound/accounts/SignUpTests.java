package org.wraparound.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;

@WraparoundTest
class SignUpTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aNewPersonSignsUpAndThenSignsInInTheirLanguage() {
		var visitor = new Visitor(port);
		visitor.get("/signup");
		var signedUp = visitor.post("/signup", Map.of("name", "Élise Gagnon", "email", "  Elise.Gagnon@Example.org ",
				"password", "a long enough secret", "language", "fr"));
		assertThat(signedUp.status()).isEqualTo(302);
		assertThat(signedUp.location()).endsWith("/signin");
		assertThat(visitor.get("/signin").body()).contains("You can sign in now", "value=\"Elise.Gagnon@Example.org\"");

		var account = accounts.findByEmail("elise.gagnon@example.org").orElseThrow();
		assertThat(account.displayName()).isEqualTo("Élise Gagnon");
		assertThat(account.roles()).containsExactly(Role.MEMBER);
		String hash = jdbc.sql("select password_hash from accounts_account where email_normalized = ?")
			.param("elise.gagnon@example.org").query(String.class).single();
		assertThat(hash).startsWith("$2").doesNotContain("a long enough secret");

		var signedIn = visitor.signIn("ELISE.GAGNON@example.org", "a long enough secret");
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.all("Set-Cookie")).contains("wraparound-lang=fr");
		assertThat(visitor.get("/").body()).contains("<html lang=\"fr\"", "Connecté·e : Élise Gagnon");
	}

	@Test
	void signingUpWithAnEmailThatHasAnAccountAnswersTheSameAndChangesNothing() {
		var before = accounts.findByEmail("volunteer@wraparound.example").orElseThrow();
		var visitor = new Visitor(port);
		visitor.get("/signup");
		var response = visitor.post("/signup", Map.of("name", "Someone Else", "email", "Volunteer@Wraparound.example",
				"password", "another password here", "language", "en"));
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).endsWith("/signin");
		assertThat(visitor.get("/signin").body()).contains("You can sign in now");
		assertThat(accounts.findByEmail("volunteer@wraparound.example")).contains(before);
		assertThat(visitor.signIn("volunteer@wraparound.example", "another password here").location())
			.endsWith("/signin?error");
	}

	@Test
	void mistakesAreShownBesideTheirFieldsAndWhatWasTypedIsKept() {
		var visitor = new Visitor(port);
		visitor.get("/signup");
		var response = visitor.post("/signup",
				Map.of("name", "Noor", "email", "not-an-email", "password", "short", "language", "en"));
		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("Enter an email address like name@example.com.",
				"Your password must be between 10 and 64 characters.", "value=\"Noor\"", "value=\"not-an-email\"",
				"aria-invalid=\"true\"")
			.doesNotContain("value=\"short\"");
		assertThat(accounts.findByEmail("not-an-email")).isEmpty();
	}

	@Test
	void mistakesAreExplainedInFrenchToAFrenchReader() {
		var visitor = new Visitor(port).speaking("fr");
		visitor.get("/signup");
		var response = visitor.post("/signup", Map.of("name", "", "email", "", "password", "", "language", "fr"));
		assertThat(response.body()).contains("Entrez votre nom.", "Entrez votre adresse courriel.",
				"Choisissez un mot de passe.");
	}

	@Test
	void signingInChangesTheSessionId() {
		var visitor = new Visitor(port);
		var page = visitor.get("/signin");
		String before = page.all("Set-Cookie");
		assertThat(before).contains("JSESSIONID=");
		var signedIn = visitor.post("/signin", Map.of("email", "staff@wraparound.example", "password",
				"wraparound-demo"));
		assertThat(signedIn.location()).doesNotContain("error");
		assertThat(signedIn.all("Set-Cookie")).contains("JSESSIONID=").doesNotContain(sessionId(before));
		assertThat(visitor.get("/staff/accounts").body()).contains("staff@wraparound.example", "Staff");
	}

	private static String sessionId(String setCookie) {
		int start = setCookie.indexOf("JSESSIONID=");
		return start < 0 ? "(none)" : setCookie.substring(start, setCookie.indexOf(';', start));
	}

	@Test
	void aWrongPasswordSaysSoWithoutSayingWhetherTheEmailExists() {
		var visitor = new Visitor(port);
		var known = visitor.signIn("staff@wraparound.example", "not the password");
		var unknown = visitor.signIn("nobody@wraparound.example", "not the password");
		assertThat(known.location()).isEqualTo(unknown.location()).endsWith("/signin?error");
		assertThat(visitor.get("/signin?error").body())
			.contains("That email and password do not match an account.");
	}
}
