package org.wraparound.contact;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.TestClock;
import org.wraparound.TestMail;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;

/**
 * The contact form as a visitor meets it: mistakes explained in their language with everything kept, robots refused
 * (honeypot, too fast, too many), and the confirmation and staff notice that a real message brings.
 */
@WraparoundTest
class ContactFormTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noMail() {
		TestMail.clear();
	}

	private static String unique(String who) {
		return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@family.example";
	}

	private long storedFrom(String email) {
		return jdbc.sql("select count(*) from contact_inquiry where email = ?").param(email).query(Long.class).single();
	}

	@Test
	void aMessageReachesTheInboxWithAConfirmationAndAStaffNotice() throws Exception {
		String email = unique("rosa");
		var response = Writing.send(new Visitor(port), clock, "/contact",
				Writing.message("Rosa Diaz", email, "Can I drive people to appointments on Saturdays?"));

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.location()).endsWith("/contact/thanks");
		assertThat(storedFrom(email)).isEqualTo(1);
		assertThat(jdbc.sql("""
				select m.body from contact_message m join contact_inquiry i on i.id = m.inquiry_id where i.email = ?""")
			.param(email).query(String.class).single()).isEqualTo("Can I drive people to appointments on Saturdays?");

		var confirmation = TestMail.awaitMailTo(email, 1).get(0);
		assertThat(confirmation.getSubject()).isEqualTo("We received your message");
		assertThat(TestMail.text(confirmation)).contains("Hello Rosa Diaz,", "“Volunteering”");
		var notice = TestMail.awaitMailTo("staff@wraparound.example", 1).get(0);
		assertThat(notice.getSubject()).isEqualTo("New message from Rosa Diaz");
		assertThat(TestMail.text(notice)).contains("/staff/inbox/").doesNotContain("Saturdays");
		assertThat(TestMail.awaitMailTo("admin@wraparound.example", 1)).hasSize(1);
		assertThat(new Visitor(port).get("/contact/thanks").body()).contains("Thank you for writing to us");
	}

	@Test
	void mistakesAreExplainedInEnglishAndEverythingTypedStays() {
		var response = Writing.send(new Visitor(port), clock, "/contact",
				Writing.message("", "not-an-address", "Hello <b>there</b>, is the group still meeting?"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("Tell us your name", "Enter an email address like name@example.org",
				"value=\"not-an-address\"", "Hello &lt;b&gt;there&lt;/b&gt;, is the group still meeting?")
			.doesNotContain("<b>there</b>");
	}

	@Test
	void mistakesAreExplainedInFrench() {
		var visitor = new Visitor(port).speaking("fr");
		Map<String, String> form = Writing.message("Jeanne", "", "");
		form.put("topic", "");
		var response = Writing.send(visitor, clock, "/contact", form);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("Indiquez votre adresse courriel", "Choisissez le sujet de votre message",
				"Écrivez votre message", "value=\"Jeanne\"");
	}

	@Test
	void aRobotFillingTheHiddenFieldIsThankedAndNothingIsKept() {
		String email = unique("robot");
		Map<String, String> form = Writing.message("Best Prices", email, "Cheap watches");
		form.put("website", "https://spam.example");
		var response = Writing.send(new Visitor(port), clock, "/contact", form);

		assertThat(response.location()).endsWith("/contact/thanks");
		assertThat(storedFrom(email)).isZero();
		assertThat(TestMail.receivedBy(email)).isEmpty();
	}

	@Test
	void aFormSentFasterThanAPersonTypesIsHeldBackWithWhatWasTyped() {
		String email = unique("quick");
		var visitor = new Visitor(port);
		var page = visitor.get("/contact");
		Map<String, String> form = new LinkedHashMap<>(Writing.message("Quick Quinn", email, "Sent in a blink"));
		form.put("stamp", Writing.stamp(page.body()));
		var response = visitor.post("/contact", form);

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).contains("quicker than a person usually types", "Sent in a blink",
				"value=\"Quick Quinn\"");
		assertThat(storedFrom(email)).isZero();

		// a stamp we did not sign counts as no stamp at all, however old it claims to be
		form.put("stamp", "1000." + "x".repeat(43));
		assertThat(visitor.post("/contact", form).body()).contains("quicker than a person usually types");
		assertThat(storedFrom(email)).isZero();
	}

	@Test
	void oneAddressSendingTooManyMessagesIsAskedToWait() {
		String email = unique("eager");
		var visitor = new Visitor(port);
		for (int i = 0; i < 3; i++) {
			assertThat(Writing.send(visitor, clock, "/contact", Writing.message("Eager Ed", email, "Message " + i))
				.status()).isEqualTo(302);
		}
		var refused = Writing.send(visitor, clock, "/contact", Writing.message("Eager Ed", email, "Message four"));

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isPresent();
		assertThat(refused.body()).contains("several messages from you", "Message four");
		assertThat(storedFrom(email)).isEqualTo(3);
	}

	@Test
	void oneClientSendingTooManyMessagesIsAskedToWaitWhateverTheEmail() {
		var visitor = new Visitor(port).speaking("fr");
		for (int i = 0; i < 10; i++) {
			assertThat(Writing.send(visitor, clock, "/contact", Writing.message("Nora", unique("nora"), "Bonjour"))
				.status()).isEqualTo(302);
		}
		String last = unique("nora");
		var refused = Writing.send(visitor, clock, "/contact", Writing.message("Nora", last, "Encore moi"));

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.body()).contains("Trop de messages pour le moment", "Encore moi");
		assertThat(storedFrom(last)).isZero();
	}

	@Test
	void aSignedInMemberFindsTheirNameAndEmailFilledIn() {
		var member = new Visitor(port);
		member.signIn("member@wraparound.example", "wraparound-demo");

		assertThat(member.get("/contact").body()).contains("value=\"Maria Tremblay\"",
				"value=\"member@wraparound.example\"");
	}

	@Test
	void theChatsLeaveAMessageLinkChoosesTheTopicAndSaysTheChatIsClosed() {
		String body = new Visitor(port).get("/contact?topic=getting-help&from=chat").body();

		assertThat(body).contains("Our chat is closed just now", "value=\"chat\"",
				"value=\"GETTING_HELP\" selected");
		String email = unique("evening");
		Map<String, String> form = Writing.message("Evening Eve", email, "Written at night");
		form.put("from", "chat");
		Writing.send(new Visitor(port), clock, "/contact?from=chat", form);
		assertThat(jdbc.sql("select source from contact_inquiry where email = ?").param(email).query(String.class)
			.single()).isEqualTo("CHAT");
	}

	@Test
	void thePhoneNumberAndItsHoursAreOnTheContactAndHomePages() {
		for (String path : new String[] { "/contact", "/" }) {
			String body = new Visitor(port).get(path).body();
			assertThat(body).contains("href=\"tel:+18005550199\"", "We answer Monday to Friday,", "Eastern",
					"href=\"/contact/callback\"");
		}
		assertThat(new Visitor(port).speaking("fr").get("/contact").body()).contains("du lundi au vendredi");
	}
}
