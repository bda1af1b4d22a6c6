package org.wraparound.contact.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.DatabaseTest;
import org.wraparound.Demo;
import org.wraparound.TestClock;
import org.wraparound.TestDatabase;
import org.wraparound.Visitor;
import org.wraparound.WraparoundApplication;

/**
 * Two nodes on one PostgreSQL database: a second application instance is started beside the test's, and a visitor
 * on one chats with staff on the other, through {@code LISTEN/NOTIFY}, also after the listening connections were cut.
 * The staff member's session, kept in the database, is theirs on either node. On the embedded database (one node by
 * nature) there is nothing to test, and the test says so.
 */
@DatabaseTest
class ChatAcrossNodesTests {

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ChatRelay relay;

	@LocalServerPort
	int port;

	@Test
	void aVisitorOnOneNodeChatsWithStaffOnAnother() {
		assumeTrue(TestDatabase.POSTGRES, "Chat across nodes needs PostgreSQL: it runs in the PostgreSQL test run");
		assertThat(relay).isInstanceOf(PostgresChatRelay.class);
		clock.setTo(LiveChatTests.THURSDAY_MORNING);
		jdbc.sql("delete from contact_chat_hours").update();
		jdbc.sql("delete from contact_chat_holiday").update();
		jdbc.sql("update contact_chat set status = 'ENDED'").update();

		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(WraparoundApplication.class)
			.profiles("test").run("--server.port=0", "--wraparound.demo=false", "--spring.quartz.auto-startup=false")) {
			int secondPort = second.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			assertThat(secondPort).isNotEqualTo(port);

			var staff = Demo.signedIn(secondPort, LiveChatTests.STAFF);
			staff.get("/staff/chat");
			long last = jdbc.sql("select coalesce(max(id), 0) from contact_chat_message").query(Long.class).single();
			try (var staffStream = new EventLines(staff.stream("/staff/chat/stream?after=" + last))) {
				staffStream.waitFor(":open");
				var visitor = new Visitor(port);
				visitor.get("/chat?from=/join");
				assertThat(visitor.post("/chat", Map.of("name", "Noor", "message", "Hello from node one", "from", "/join"))
					.status()).isEqualTo(302);
				staffStream.waitFor("event:queue");
				String chat = jdbc.sql("select id from contact_chat where visitor_name = 'Noor' and status = 'WAITING'")
					.query(String.class).single();
				assertThat(staff.get("/staff/chat").body()).contains("Noor", "href=\"/join\"");
				staff.post("/staff/chat/" + chat + "/claim", Map.of());
				// sessions live in the database: signed in on node two, staff are signed in on node one too
				var staffOnNodeOne = staff.onPort(port).get("/staff/chat");
				assertThat(staffOnNodeOne.status()).isEqualTo(200);
				assertThat(staffOnNodeOne.body()).contains("Noor");

				visitor.get("/chat");
				try (var visitorStream = new EventLines(visitor.stream("/chat/stream"))) {
					visitorStream.waitFor("Jordan Lee joined the chat.");
					visitor.postWithHeader("/chat/messages", Map.of("message", "Can you hear me?"), "HX-Request", "true");
					staffStream.waitFor("Can you hear me?");

					staff.get("/staff/chat");
					staff.postWithHeader("/staff/chat/" + chat + "/messages", Map.of("message", "Loud and clear"),
							"HX-Request", "true");
					visitorStream.waitFor("Loud and clear");

					// every node's listening connection is cut: they listen again and catch up from the database
					jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?")
						.param(PostgresChatRelay.APPLICATION_NAME).query(Boolean.class).list();
					visitor.postWithHeader("/chat/messages", Map.of("message", "Still there after the cut?"),
							"HX-Request", "true");
					staffStream.waitFor("Still there after the cut?");
				}
			}
		}
	}
}
