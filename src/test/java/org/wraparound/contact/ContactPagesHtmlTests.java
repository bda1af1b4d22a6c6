package org.wraparound.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.HtmlChecker;
import org.wraparound.TestClock;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;

/** Every contact and inbox page is valid HTML, in both languages, with and without mistakes on it. */
@WraparoundTest
class ContactPagesHtmlTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void publicPagesAreValidInBothLanguages() {
		for (String language : new String[] { "en", "fr" }) {
			var visitor = new Visitor(port).speaking(language);
			for (String path : new String[] { "/contact", "/contact?topic=press&from=chat", "/contact/thanks",
					"/contact/callback", "/contact/callback/thanks" }) {
				var page = visitor.get(path);
				assertThat(page.status()).as(path).isEqualTo(200);
				assertThat(HtmlChecker.errors(page.body())).as(language + " " + path).isEmpty();
			}
			var mistakes = Writing.send(visitor, clock, "/contact", Writing.message("", "x", ""));
			assertThat(HtmlChecker.errors(mistakes.body())).as(language + " form with mistakes").isEmpty();
			var callback = Writing.send(visitor, clock, "/contact/callback", Map.of("phone", "12"));
			assertThat(HtmlChecker.errors(callback.body())).as(language + " call-back with mistakes").isEmpty();
		}
	}

	@Test
	void staffPagesAreValid() {
		String email = "valid." + UUID.randomUUID().toString().substring(0, 8) + "@family.example";
		Writing.send(new Visitor(port), clock, "/contact", Writing.message("Val Idity", email, "A question"));
		String id = jdbc.sql("select id from contact_inquiry where email = ?").param(email).query(UUID.class).single()
			.toString();
		var staff = new Visitor(port);
		staff.signIn("staff@wraparound.example", "wraparound-demo");
		for (String path : new String[] { "/staff/inbox", "/staff/inbox?show=mine", "/staff/inbox?show=closed",
				"/staff/inbox/" + id }) {
			assertThat(HtmlChecker.errors(staff.get(path).body())).as(path).isEmpty();
		}
		var empty = staff.post("/staff/inbox/" + id + "/reply", Map.of("reply", ""));
		assertThat(HtmlChecker.errors(empty.body())).as("reply with a mistake").isEmpty();
	}
}
