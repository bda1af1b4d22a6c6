package org.wraparound.contact;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.wraparound.accounts.AccountManagement;

/** The staff inbox: who may see it, the thread, a reply that is mailed and kept, assigning, closing, reopening. */
@WraparoundTest
class InboxTests {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountManagement accounts;

	@BeforeEach
	void noMail() {
		TestMail.clear();
	}

	private String sent(String name, String email, String text) {
		Writing.send(new Visitor(port).speaking("fr"), clock, "/contact", Writing.message(name, email, text));
		return jdbc.sql("select id from contact_inquiry where email = ?").param(email).query(UUID.class).single()
			.toString();
	}

	private Visitor signedIn(String email) {
		var visitor = new Visitor(port);
		visitor.signIn(email, "wraparound-demo");
		return visitor;
	}

	private static String unique(String who) {
		return who + "." + UUID.randomUUID().toString().substring(0, 8) + "@family.example";
	}

	@Test
	void onlyStaffAndAdminsSeeTheInbox() {
		String id = sent("Private Pat", unique("pat"), "Something personal");

		var anonymous = new Visitor(port).get("/staff/inbox");
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.location()).endsWith("/signin");
		var member = signedIn("member@wraparound.example");
		assertThat(member.get("/staff/inbox").status()).isEqualTo(403);
		assertThat(member.get("/staff/inbox/" + id).status()).isEqualTo(403);
		member.get("/");
		assertThat(member.post("/staff/inbox/" + id + "/close", Map.of()).status()).isEqualTo(403);
		assertThat(jdbc.sql("select status from contact_inquiry where id = ?").param(UUID.fromString(id))
			.query(String.class).single()).isEqualTo("OPEN");

		assertThat(signedIn("admin@wraparound.example").get("/staff/inbox").body()).contains("Private Pat");
	}

	@Test
	void staffReplyIsMailedInThePersonsLanguageAndKeptInTheThread() throws Exception {
		String email = unique("lea");
		String id = sent("Léa Martin", email, "Comment devenir bénévole?");
		var staff = signedIn("staff@wraparound.example");

		assertThat(staff.get("/staff/inbox").body()).contains("Léa Martin", "/staff/inbox/" + id);
		var thread = staff.get("/staff/inbox/" + id);
		assertThat(thread.body()).contains("Comment devenir bénévole?", email, "Volunteering");
		assertThat(jdbc.sql("select count(*) from audit_entry where record_id = ? and action = 'VIEWED'").param(id)
			.query(Long.class).single()).isEqualTo(1);

		var empty = staff.post("/staff/inbox/" + id + "/reply", Map.of("reply", "   "));
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("Write your reply before sending it.");

		var replied = staff.post("/staff/inbox/" + id + "/reply",
				Map.of("reply", "Bonjour Léa,\nUne championne vous appellera cette semaine."));
		assertThat(replied.location()).endsWith("/staff/inbox/" + id);
		assertThat(staff.get("/staff/inbox/" + id).body()).contains("Your reply was sent by email",
				"Jordan Lee replied", "Une championne vous appellera cette semaine.");

		var mails = TestMail.awaitMailTo(email, 2);
		var answer = mails.stream().filter(mail -> subject(mail).startsWith("Notre réponse")).findFirst().orElseThrow();
		assertThat(subject(answer)).isEqualTo("Notre réponse à votre message au sujet de « Le bénévolat »");
		assertThat(TestMail.text(answer)).contains("Jordan Lee, de l’équipe Wraparound",
				"Une championne vous appellera cette semaine.");
	}

	@Test
	void assigningClosingAndReopeningMoveAnInquiryBetweenTheFilters() {
		String id = sent("Filter Fran", unique("fran"), "Where is the nearest group?");
		var staff = signedIn("staff@wraparound.example");
		staff.get("/staff/inbox/" + id);
		String me = accounts.findByEmail("staff@wraparound.example").orElseThrow().id().toString();

		assertThat(staff.get("/staff/inbox?show=mine").body()).doesNotContain("Filter Fran");
		staff.get("/staff/inbox/" + id);
		staff.post("/staff/inbox/" + id + "/assign", Map.of("assignee", me));
		assertThat(staff.get("/staff/inbox?show=mine").body()).contains("Filter Fran");
		assertThat(staff.get("/staff/inbox/" + id).body()).contains("The assignment is saved.");

		staff.post("/staff/inbox/" + id + "/close", Map.of());
		assertThat(staff.get("/staff/inbox").body()).doesNotContain("Filter Fran");
		assertThat(staff.get("/staff/inbox?show=closed").body()).contains("Filter Fran");
		// a closed message is not answered by mistake
		staff.get("/staff/inbox/" + id);
		staff.post("/staff/inbox/" + id + "/reply", Map.of("reply", "Too late"));
		assertThat(staff.get("/staff/inbox/" + id).body()).doesNotContain("Too late");

		staff.post("/staff/inbox/" + id + "/reopen", Map.of());
		assertThat(staff.get("/staff/inbox").body()).contains("Filter Fran");

		// assigning to someone who is not staff, or to nonsense, changes nothing and breaks nothing
		String member = accounts.findByEmail("member@wraparound.example").orElseThrow().id().toString();
		staff.post("/staff/inbox/" + id + "/assign", Map.of("assignee", member));
		assertThat(staff.post("/staff/inbox/" + id + "/assign", Map.of("assignee", "<script>")).status())
			.isLessThan(500);
		assertThat(staff.get("/staff/inbox/not-an-id").status()).isEqualTo(404);
		assertThat(jdbc.sql("select assignee_id from contact_inquiry where id = ?").param(UUID.fromString(id))
			.query(UUID.class).single().toString()).isEqualTo(me);
	}

	@Test
	void theStaffDeskLinksToTheInboxAndToStoryModeration() {
		assertThat(signedIn("admin@wraparound.example").get("/staff/accounts").body())
			.contains("href=\"/staff/inbox\"", "href=\"/staff/stories\"");
	}

	private static String subject(jakarta.mail.internet.MimeMessage mail) {
		try {
			return mail.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
