package org.wraparound.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.TestMail;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;

/** Every emailed link, followed from a real mail received over SMTP: it works once, and only before it expires. */
@WraparoundTest
class EmailedLinksTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	private static String unique(String name) {
		return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@links.example";
	}

	private Visitor signedUp(String email, String password, String language) {
		var visitor = new Visitor(port);
		visitor.get("/signup");
		assertThat(visitor.post("/signup", Map.of("name", "Robin Hart", "email", email, "password", password,
				"language", language)).status()).isEqualTo(302);
		return visitor;
	}

	@Test
	void theConfirmationLinkFromTheMailConfirmsTheAddressOnceAndOnlyWhenThePersonPressesTheButton() {
		String email = unique("robin");
		signedUp(email, "a fine long password", "en");
		var mail = TestMail.awaitMailTo(email, 1).get(0);
		String link = TestMail.link(mail, "/verify-email");
		var id = accounts.findByEmail(email).orElseThrow().id();

		var visitor = new Visitor(port);
		assertThat(visitor.get(link).body()).contains("Confirm your email address", "name=\"token\"");
		assertThat(accounts.isVerified(id)).as("opening the link alone confirms nothing").isFalse();

		String token = link.substring(link.indexOf("token=") + 6);
		assertThat(visitor.post("/verify-email", Map.of("token", token)).body())
			.contains("Your email address is confirmed");
		assertThat(accounts.isVerified(id)).isTrue();
		assertThat(visitor.post("/verify-email", Map.of("token", token)).body()).contains("This link no longer works");
	}

	@Test
	void signingUpWithATakenAddressMailsItsOwnerInTheirLanguage() throws Exception {
		var visitor = new Visitor(port);
		visitor.get("/signup");
		visitor.post("/signup", Map.of("name", "Somebody", "email", "member@wraparound.example", "password",
				"whatever password", "language", "en"));
		var mail = TestMail.awaitMailTo("member@wraparound.example", 1).get(0);
		assertThat(TestMail.text(mail)).doesNotContain("/verify-email");
		assertThat(mail.getSubject()).isNotBlank();
		TestMail.clear();
	}

	@Test
	void anEmailedLinkSignsInOnce() {
		var visitor = new Visitor(port);
		visitor.get("/signin");
		var sent = visitor.post("/signin/link", Map.of("email", "Staff@Wraparound.example"));
		assertThat(sent.location()).endsWith("/signin/link/sent");
		assertThat(visitor.get("/signin/link/sent").body()).contains("Check your email");

		var mail = TestMail.awaitMailTo("staff@wraparound.example", 1).get(0);
		String link = TestMail.link(mail, "/signin/link");
		TestMail.clear();
		String token = link.substring(link.indexOf("token=") + 6);

		var page = visitor.get(link);
		assertThat(page.body()).contains("Sign me in", "action=\"/signin/link/use\"");
		var signedIn = visitor.post("/signin/link/use", Map.of("token", token));
		assertThat(signedIn.location()).doesNotContain("expired");
		assertThat(visitor.get("/").body()).contains("Signed in as Jordan Lee");

		var again = new Visitor(port);
		again.get(link);
		assertThat(again.post("/signin/link/use", Map.of("token", token)).location())
			.endsWith("/signin/link/expired");
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail() {
		String nobody = unique("nobody");
		var visitor = new Visitor(port);
		visitor.get("/signin");
		var unknown = visitor.post("/signin/link", Map.of("email", nobody));
		var known = visitor.post("/signin/link", Map.of("email", "admin@wraparound.example"));
		assertThat(unknown.status()).isEqualTo(known.status());
		assertThat(unknown.location()).isEqualTo(known.location());
		TestMail.awaitMailTo("admin@wraparound.example", 1);
		assertThat(TestMail.receivedBy(nobody)).isEmpty();
		TestMail.clear();
	}

	@Test
	void springsOwnTokenGeneratorAndSubmitPageAreNotThere() {
		long before = jdbc.sql("select count(*) from one_time_tokens").query(Long.class).single();
		var visitor = new Visitor(port);
		visitor.get("/signin");
		var generated = visitor.post("/ott/generate", Map.of("username", "staff@wraparound.example"));
		assertThat(generated.status()).isNotEqualTo(200).isLessThan(500);
		assertThat(visitor.post("/signin/link", Map.of("email", "x".repeat(10_000) + "@a.example")).body())
			.contains("field-error");
		assertThat(jdbc.sql("select count(*) from one_time_tokens").query(Long.class).single()).isEqualTo(before);
		assertThat(new Visitor(port).get("/login/ott").body()).doesNotContain("Please sign in");
	}

	@Test
	void anExpiredOrMadeUpSignInLinkIsRefusedPolitely() {
		var staff = accounts.findByEmail("staff@wraparound.example").orElseThrow();
		String expired = UUID.randomUUID().toString();
		jdbc.sql("insert into one_time_tokens (token_value, username, expires_at) values (?, ?, ?)")
			.params(expired, staff.id().toString(), Timestamp.from(Instant.now().minusSeconds(60))).update();

		for (String token : new String[] { expired, UUID.randomUUID().toString(), "<script>", "x".repeat(5000) }) {
			var visitor = new Visitor(port);
			visitor.get("/signin");
			var response = visitor.post("/signin/link/use", Map.of("token", token));
			assertThat(response.status()).isLessThan(500);
			assertThat(response.location()).endsWith("/signin/link/expired");
		}
		assertThat(new Visitor(port).get("/signin/link/expired").body()).contains("This sign-in link no longer works");
	}

	@Test
	void aForgottenPasswordIsReplacedThroughTheMailedLink() {
		String email = unique("reset");
		signedUp(email, "the old password", "fr");
		TestMail.awaitMailTo(email, 1);

		var visitor = new Visitor(port);
		visitor.get("/reset-password");
		assertThat(visitor.post("/reset-password", Map.of("email", email)).location()).endsWith("/reset-password/sent");
		var mail = TestMail.awaitMailTo(email, 2).get(1);
		String link = TestMail.link(mail, "/reset-password/new");
		String token = link.substring(link.indexOf("token=") + 6);

		assertThat(visitor.get(link).body()).contains("name=\"password\"");
		var tooShort = visitor.post("/reset-password/new", Map.of("token", token, "password", "short"));
		assertThat(tooShort.body()).contains("field-error");
		var saved = visitor.post("/reset-password/new", Map.of("token", token, "password", "the new password"));
		assertThat(saved.location()).endsWith("/signin");

		assertThat(new Visitor(port).signIn(email, "the old password").location()).endsWith("/signin?error");
		assertThat(new Visitor(port).signIn(email, "the new password").location()).doesNotContain("error");
		assertThat(visitor.post("/reset-password/new", Map.of("token", token, "password", "another password")).body())
			.contains("This link no longer works");
	}

	@Test
	void aNewAddressCountsOnlyOnceItsOwnerConfirmsIt() {
		String before = unique("before");
		String after = unique("after");
		var visitor = signedUp(before, "a fine long password", "en");
		visitor.signIn(before, "a fine long password");
		visitor.get("/profile/email");
		assertThat(visitor.post("/profile/email", Map.of("email", after)).location()).endsWith("/profile");
		assertThat(accounts.findByEmail(before)).isPresent();

		String link = TestMail.link(TestMail.awaitMailTo(after, 1).get(0), "/confirm-email");
		String token = link.substring(link.indexOf("token=") + 6);
		assertThat(visitor.get(link).body()).contains("Use my new address");
		assertThat(visitor.post("/confirm-email", Map.of("token", token)).body())
			.contains("Your email address has changed");

		assertThat(accounts.findByEmail(before)).isEmpty();
		assertThat(accounts.findByEmail(after)).isPresent();
		assertThat(TestMail.awaitMailTo(before, 2)).hasSizeGreaterThanOrEqualTo(2);
		assertThat(new Visitor(port).signIn(after, "a fine long password").location()).doesNotContain("error");
	}
}
