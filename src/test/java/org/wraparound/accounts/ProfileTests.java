package org.wraparound.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wraparound.HtmlChecker;
import org.wraparound.TestMail;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;

@WraparoundTest
class ProfileTests {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	private Visitor newMember(String email) {
		var visitor = new Visitor(port);
		visitor.get("/signup");
		visitor.post("/signup", Map.of("name", "Dana Flores", "email", email, "password", "a fine long password",
				"language", "en"));
		visitor.signIn(email, "a fine long password");
		return visitor;
	}

	private static String unique() {
		return "dana." + UUID.randomUUID().toString().substring(0, 8) + "@profile.example";
	}

	@Test
	void aPersonChangesTheirDetailsAndThePagesFollowTheirLanguage() {
		String email = unique();
		var visitor = newMember(email);
		var page = visitor.get("/profile");
		assertThat(page.body()).contains("Your account", email, "not confirmed yet");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();

		var saved = visitor.post("/profile", Map.of("name", "Dana F.", "language", "fr", "phone", "+1 (613) 555-0142",
				"contact", "PHONE"));
		assertThat(saved.location()).endsWith("/profile");
		assertThat(saved.all("Set-Cookie")).contains("wraparound-lang=fr");
		var profile = accounts.findByEmail(email).flatMap(account -> accounts.profile(account.id())).orElseThrow();
		assertThat(profile.displayName()).isEqualTo("Dana F.");
		assertThat(profile.phone()).isEqualTo("+1 (613) 555-0142");
		assertThat(profile.contactPreference()).isEqualTo(ContactPreference.PHONE);
		assertThat(visitor.get("/profile").body()).contains("<html lang=\"fr\"", "Vos renseignements sont enregistrés");
	}

	@Test
	void mistakesAreShownBesideTheFieldAndNothingChanges() {
		String email = unique();
		var visitor = newMember(email);
		visitor.get("/profile");
		var refused = visitor.post("/profile", Map.of("name", "<script>alert(1)</script>", "language", "de",
				"phone", "call me maybe", "contact", "PHONE"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("Choose English or French.", "Enter a phone number using digits")
			.doesNotContain("<script>alert(1)</script>");
		var noPhone = visitor.post("/profile", Map.of("name", "Dana", "language", "en", "phone", "", "contact",
				"PHONE"));
		assertThat(noPhone.body()).contains("Enter a phone number, or choose to be reached by email.");
		assertThat(accounts.findByEmail(email).orElseThrow().displayName()).isEqualTo("Dana Flores");
	}

	@Test
	void aPersonDeletesTheirAccountAfterTypingTheirEmail() {
		String email = unique();
		var visitor = newMember(email);
		assertThat(visitor.get("/profile/delete").body()).contains("erased for good");
		var wrong = visitor.post("/profile/delete", Map.of("confirmEmail", "someone@else.example"));
		assertThat(wrong.body()).contains("This is not the email address of your account.");
		assertThat(accounts.findByEmail(email)).isPresent();

		var deleted = visitor.post("/profile/delete", Map.of("confirmEmail", email.toUpperCase()));
		assertThat(deleted.location()).endsWith("/");
		assertThat(visitor.get("/").body()).contains("Your account is deleted").doesNotContain("Signed in as");
		assertThat(accounts.findByEmail(email)).isEmpty();
		assertThat(new Visitor(port).signIn(email, "a fine long password").location()).endsWith("/signin?error");
		assertThat(TestMail.awaitMailTo(email, 2)).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void theProfileNeedsASignedInPerson() {
		assertThat(new Visitor(port).get("/profile").location()).endsWith("/signin");
	}
}
