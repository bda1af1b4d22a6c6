package org.wraparound.contact.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.Demo;
import org.wraparound.HtmlChecker;
import org.wraparound.TestClock;
import org.wraparound.TestMail;
import org.wraparound.Visitor;
import org.wraparound.WraparoundTest;

/** A visitor and staff chat over HTTP: open, write, reload, claim, end, transcript, and everything refused. */
@WraparoundTest
class LiveChatTests {

	/** Thursday 26 November 2026, 10:00 in Toronto. */
	static final Instant THURSDAY_MORNING = Instant.parse("2026-11-26T15:00:00Z");

	static final String STAFF = "staff@wraparound.example";

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LiveChat chat;

	@Autowired
	AutowireCapableBeanFactory beans;

	@LocalServerPort
	int port;

	@BeforeEach
	void officeHours() {
		clock.setTo(THURSDAY_MORNING);
		jdbc.sql("delete from contact_chat_hours").update();
		jdbc.sql("delete from contact_chat_holiday").update();
		// every earlier chat ended, so each test sees only its own in the queue
		jdbc.sql("update contact_chat set status = 'ENDED'").update();
		TestMail.clear();
	}

	@Test
	void outsideOfficeHoursTheChatSaysWhenItOpensAndOffersToLeaveAMessage() {
		clock.setTo(Instant.parse("2026-11-28T17:00:00Z")); // Saturday noon in Toronto
		var page = new Visitor(port).get("/chat");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("The chat opens again on Monday 30 November at 9:00", "Toronto time")
			.contains("href=\"/contact?from=chat\"").doesNotContain("name=\"message\"");
		// the opener on every page takes the visitor there, saying where they came from
		assertThat(new Visitor(port).get("/stories").body()).contains("href=\"/chat?from=%2Fstories\"");
		assertThat(HtmlChecker.errors(page.body())).isEmpty();

		var french = new Visitor(port).speaking("fr").get("/chat");
		assertThat(french.body()).contains("Le clavardage rouvre le lundi 30 novembre à 09:00, heure de Toronto");

		// and a chat cannot be started by posting anyway, say from a page loaded just before closing time
		var visitor = new Visitor(port);
		clock.setTo(Instant.parse("2026-11-27T21:29:00Z")); // Friday 16:29
		assertThat(visitor.get("/chat").body()).contains("Start the chat");
		clock.setTo(Instant.parse("2026-11-27T21:30:00Z")); // Friday 16:30
		var refused = visitor.post("/chat", Map.of("name", "Ana", "message", "Hello?", "from", "/"));
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("We’re away right now");
		assertThat(jdbc.sql("select count(*) from contact_chat where visitor_name = 'Ana'").query(Long.class).single())
			.isZero();
	}

	@Test
	void aVisitorOpensAChatWritesAndFindsItAgainAfterAReload() {
		var visitor = new Visitor(port);
		var start = visitor.get("/chat?from=/stories");
		assertThat(start.body()).contains("name=\"from\" value=\"/stories\"");
		assertThat(HtmlChecker.errors(start.body())).isEmpty();
		var opened = visitor.post("/chat",
				Map.of("name", "Ana Lopes", "email", "ana@example.org", "message", "My mother needs rides", "from", "/stories"));
		assertThat(opened.status()).isEqualTo(302);
		assertThat(opened.location()).endsWith("/chat");

		assertThat(visitor.post("/chat/messages", Map.of("message", "Are you there?")).status()).isEqualTo(302);
		var reloaded = visitor.get("/chat");
		assertThat(reloaded.body()).contains("My mother needs rides", "Are you there?", "data-sse-connect=\"/chat/stream?after=")
			.contains("Someone from our team will be with you shortly");
		assertThat(reloaded.body().indexOf("My mother needs rides")).isLessThan(reloaded.body().indexOf("Are you there?"));
		assertThat(HtmlChecker.errors(reloaded.body())).isEmpty();

		// another visitor (another browser) does not see it
		assertThat(new Visitor(port).get("/chat").body()).doesNotContain("My mother needs rides");
	}

	@Test
	void staffClaimTheChatAndLinesArriveOnBothStreamsWithoutReloading() {
		var visitor = new Visitor(port);
		visitor.get("/chat?from=/communities");
		visitor.post("/chat", Map.of("name", "Ben Carter", "message", "Hello, I have a question", "from", "/communities"));

		var staff = Demo.signedIn(port, STAFF);
		var console = staff.get("/staff/chat");
		assertThat(console.status()).isEqualTo(200);
		assertThat(console.body()).contains("Ben Carter", "href=\"/communities\"", "Answer Ben Carter");
		assertThat(HtmlChecker.errors(console.body())).isEmpty();
		String chat = jdbc.sql("select id from contact_chat where visitor_name = 'Ben Carter'").query(String.class).single();

		assertThat(staff.post("/staff/chat/" + chat + "/claim", Map.of()).location()).endsWith("/staff/chat");
		var mine = staff.get("/staff/chat");
		assertThat(mine.body()).contains("data-sse-swap=\"chat-" + chat + "\"", "Hello, I have a question",
				"Jordan Lee joined the chat.");

		try (var visitorStream = new EventLines(visitor.stream("/chat/stream?after=0"));
				var staffStream = new EventLines(staff.stream("/staff/chat/stream?after=" + lastLine()))) {
			visitorStream.waitFor("Hello, I have a question"); // the history replayed on connect
			assertThat(staff.postWithHeader("/staff/chat/" + chat + "/messages", Map.of("message", "Hi Ben, I’m here."),
					"HX-Request", "true").body()).contains("<form").doesNotContain("Hi Ben");
			assertThat(visitorStream.waitFor("Hi Ben, I’m here.")).startsWith("data:").contains("Jordan Lee");

			visitor.get("/chat");
			visitor.postWithHeader("/chat/messages", Map.of("message", "Thank you"), "HX-Request", "true");
			assertThat(staffStream.waitFor("Thank you")).startsWith("data:");
			assertThat(staffStream.lines()).anyMatch(line -> line.equals("event:chat-" + chat));
		}
		assertThat(visitor.get("/chat").body()).contains("You’re chatting with Jordan Lee.", "Hi Ben, I’m here.", "Thank you");
	}

	@Test
	void aStreamStartsWithACommentSoTheBrowserHasItsHeadersAtOnce() {
		var visitor = new Visitor(port);
		visitor.get("/chat");
		visitor.post("/chat", Map.of("name", "Cleo", "message", "Hi", "from", ""));
		var response = visitor.stream("/chat/stream");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
		try (var lines = new EventLines(response)) {
			assertThat(lines.waitFor(":open")).isEqualTo(":open");
		}
		// no chat, no stream: 204 tells the browser to stop asking
		assertThat(new Visitor(port).stream("/chat/stream").statusCode()).isEqualTo(204);
	}

	@Test
	void endingTheChatThenTheTranscriptArrivesByEmail() {
		var visitor = new Visitor(port);
		visitor.get("/chat");
		visitor.post("/chat", Map.of("name", "Dana", "email", "dana@example.org", "message", "Where do I start?", "from", ""));
		visitor.post("/chat/messages", Map.of("message", "Second line\nwith a break"));
		assertThat(visitor.post("/chat/end", Map.of()).location()).endsWith("/chat");

		var ended = visitor.get("/chat");
		assertThat(ended.body()).contains("This chat has ended", "Dana ended the chat.", "value=\"dana@example.org\"")
			.doesNotContain("data-sse-connect=\"/chat");
		assertThat(visitor.post("/chat/messages", Map.of("message", "Too late")).location()).endsWith("/chat");
		assertThat(visitor.get("/chat").body()).contains("This chat has ended, so the message wasn’t sent.")
			.doesNotContain("Too late");

		assertThat(visitor.post("/chat/transcript", Map.of("email", "not an address")).body())
			.contains("This doesn’t look like an email address");
		assertThat(visitor.post("/chat/transcript", Map.of("email", "dana@example.org")).status()).isEqualTo(302);
		assertThat(visitor.get("/chat").body()).contains("The conversation is on its way to your inbox.");
		var mail = TestMail.awaitMailTo("dana@example.org", 1).get(0);
		assertThat(TestMail.text(mail).replace("\r\n", "\n")).contains("Dana: Where do I start?", "Dana: Second line\nwith a break",
				"Dana ended the chat.", "Toronto time");

		// a new chat can be started after
		assertThat(visitor.post("/chat/new", Map.of()).location()).endsWith("/chat");
		assertThat(visitor.get("/chat").body()).contains("Start the chat");
	}

	@Test
	void staffEndTheChatAndTheVisitorIsTold() {
		var visitor = new Visitor(port);
		visitor.get("/chat");
		visitor.post("/chat", Map.of("name", "Eli", "message", "Quick one", "from", ""));
		String chat = jdbc.sql("select id from contact_chat where visitor_name = 'Eli' and status <> 'ENDED'")
			.query(String.class).single();
		var staff = Demo.signedIn(port, STAFF);
		staff.get("/staff/chat");
		staff.post("/staff/chat/" + chat + "/claim", Map.of());
		try (var stream = new EventLines(visitor.stream("/chat/stream"))) {
			staff.get("/staff/chat");
			staff.post("/staff/chat/" + chat + "/end", Map.of());
			stream.waitFor("Jordan Lee ended the chat.");
			stream.waitFor("event:ended");
		}
		assertThat(visitor.get("/chat").body()).contains("This chat has ended");
	}

	@Test
	void aChatNobodyWritesInForAnHourEndsByItselfAndLeavesTheQueue() {
		var gone = new Visitor(port);
		gone.get("/chat");
		gone.post("/chat", Map.of("name", "Quinn", "message", "Anyone there?", "from", ""));
		var still = new Visitor(port);
		still.get("/chat");
		still.post("/chat", Map.of("name", "Rae", "message", "Hello", "from", ""));
		clock.advance(Duration.ofMinutes(40));
		assertThat(still.postWithHeader("/chat/messages", Map.of("message", "Still here"), "HX-Request", "true")
			.status()).isEqualTo(200);
		clock.advance(Duration.ofMinutes(25));

		assertThat(chat.endQuiet(Duration.ofMinutes(60))).isEqualTo(1);

		assertThat(chat.waiting()).extracting(Chat::visitorName).containsExactly("Rae");
		assertThat(gone.get("/chat").body()).contains("This chat has ended", "closed by itself");
		assertThat(chat.endQuiet(Duration.ofMinutes(60))).as("nothing more to end").isZero();
		clock.advance(Duration.ofMinutes(36));
		// the job as Quartz makes it, with the configured hour
		beans.createBean(ChatJobs.EndQuietChats.class).execute(null);
		assertThat(chat.waiting()).as("an hour after Rae's last line").isEmpty();
	}

	@Test
	void theConsoleIsForStaffOnly() {
		assertThat(new Visitor(port).get("/staff/chat").status()).isEqualTo(302);
		var member = Demo.signedIn(port, "member@wraparound.example");
		assertThat(member.get("/staff/chat").status()).isEqualTo(403);
		assertThat(member.get("/staff/chat/hours").status()).isEqualTo(403);
		assertThat(member.stream("/staff/chat/stream").statusCode()).isEqualTo(403);
		// and the visitor's own page works for a signed-in member, with their name filled in
		assertThat(member.get("/chat").body()).contains("value=\"Maria Tremblay\"");
	}

	@Test
	void badInputGetsAMessageNeverAServerError() {
		var visitor = new Visitor(port);
		visitor.get("/chat?from=https://evil.example/");
		var empty = visitor.post("/chat", Map.of("name", "", "message", " ", "from", "https://evil.example/"));
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.body()).contains("Please tell us what to call you.", "Write a message before sending.")
			.doesNotContain("evil.example");

		var opened = visitor.post("/chat", Map.of("name", "Fay", "message", "<script>alert(1)</script>", "from", "/"));
		assertThat(opened.status()).isEqualTo(302);
		visitor.get("/chat");
		var tooLong = visitor.post("/chat/messages", Map.of("message", "x".repeat(100_000)));
		assertThat(tooLong.status()).isEqualTo(200);
		assertThat(tooLong.body()).contains("That message is too long");
		var blank = visitor.postWithHeader("/chat/messages", Map.of("message", ""), "HX-Request", "true");
		assertThat(blank.status()).isEqualTo(200);
		assertThat(blank.body()).contains("Write a message before sending.");

		var staff = Demo.signedIn(port, STAFF);
		var console = staff.get("/staff/chat");
		assertThat(console.body()).contains("Fay");
		String chat = jdbc.sql("select id from contact_chat where visitor_name = 'Fay' and status <> 'ENDED'")
			.query(String.class).single();
		staff.post("/staff/chat/" + chat + "/claim", Map.of());
		assertThat(staff.get("/staff/chat").body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
		assertThat(staff.post("/staff/chat/not-a-chat/messages", Map.of("message", "hi")).status()).isEqualTo(302);
		assertThat(staff.post("/staff/chat/not-a-chat/claim", Map.of()).status()).isEqualTo(302);
	}

	@Test
	void aFloodOfLinesIsSlowedDown() {
		var visitor = new Visitor(port);
		visitor.get("/chat");
		visitor.post("/chat", Map.of("name", "Gus", "message", "First", "from", ""));
		visitor.get("/chat");
		Visitor.Response last = null;
		for (int i = 0; i < 31; i++) {
			last = visitor.postWithHeader("/chat/messages", Map.of("message", "line " + i), "HX-Request", "true");
		}
		assertThat(last.status()).isEqualTo(200);
		assertThat(last.body()).contains("You’re sending messages very quickly");
	}

	@Test
	void staffSetTheHoursTimeZoneAndHolidays() {
		var staff = Demo.signedIn(port, STAFF);
		var form = staff.get("/staff/chat/hours");
		assertThat(form.body()).contains("value=\"America/Toronto\"", "value=\"09:00\"", "value=\"16:30\"");
		assertThat(HtmlChecker.errors(form.body())).isEmpty();

		var wrong = staff.postForm("/staff/chat/hours",
				"zone=Mars%2FOlympus&days=MONDAY&opens=17:00&closes=09:00&holidays=2026-13-45+Nonsense");
		assertThat(wrong.status()).isEqualTo(200);
		assertThat(wrong.body()).contains("We don’t know this time zone", "The chat must close after it opens",
				"We couldn’t read", "value=\"Mars/Olympus\"");

		var saved = staff.postForm("/staff/chat/hours",
				"zone=America%2FVancouver&days=THURSDAY&days=FRIDAY&opens=08:00&closes=12:00&holidays=2026-11-27+Staff+day");
		assertThat(saved.status()).isEqualTo(302);
		// Thursday 10:00 Toronto is 7:00 Vancouver: closed, opens at 8:00 the same day
		assertThat(new Visitor(port).get("/chat").body()).contains("The chat opens again on Thursday 26 November at 8:00",
				"Vancouver time");
		clock.setTo(Instant.parse("2026-11-27T17:00:00Z")); // Friday 9:00 in Vancouver: a holiday
		assertThat(new Visitor(port).get("/chat").body()).contains("The chat opens again on Thursday 3 December");
		assertThat(staff.get("/staff/chat/hours").body()).contains("2026-11-27 Staff day");
	}

	private long lastLine() {
		return jdbc.sql("select coalesce(max(id), 0) from contact_chat_message").query(Long.class).single();
	}
}
