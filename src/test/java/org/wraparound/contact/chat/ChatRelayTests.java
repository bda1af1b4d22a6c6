package org.wraparound.contact.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.wraparound.TestClock;
import org.wraparound.TestDatabase;
import org.wraparound.WraparoundTest;
import org.wraparound.platform.Language;

/** The relay of a single node (the embedded database): lines reach the streams watching their chat, after commit. */
@WraparoundTest
class ChatRelayTests {

	@Autowired
	LiveChat chat;

	@Autowired
	ChatStreams streams;

	@Autowired
	ChatRelay relay;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void officeHours() {
		clock.setTo(LiveChatTests.THURSDAY_MORNING);
		jdbc.sql("delete from contact_chat_hours").update();
		jdbc.sql("delete from contact_chat_holiday").update();
	}

	@Test
	void onTheEmbeddedDatabaseLinesAreRelayedInMemory() {
		assertThat(relay).isInstanceOf(TestDatabase.POSTGRES ? PostgresChatRelay.class : InMemoryChatRelay.class);
	}

	@Test
	void eachLineReachesWhoeverWatchesItsChatInOrderAndOnlyThem() {
		ChatId mine = open("Ivy");
		ChatId other = open("Jon");
		List<String> visitor = new CopyOnWriteArrayList<>();
		List<String> staff = new CopyOnWriteArrayList<>();
		try (var watching = streams.watch(mine, update -> visitor.add(update.message().text()));
				var all = streams.watchAll(update -> staff.add(update.message().text()))) {
			for (int i = 1; i <= 20; i++) {
				chat.sendAsVisitor(mine, "line " + i);
			}
			chat.sendAsVisitor(other, "not for Ivy");
			String[] lines = java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(i -> "line " + i)
				.toArray(String[]::new);
			await().atMost(Duration.ofSeconds(10)).until(() -> staff.contains("not for Ivy") && visitor.contains("line 20"));
			// the opening lines may still have been on their way when the readers subscribed
			assertThat(visitor.stream().filter(line -> line.startsWith("line "))).containsExactly(lines);
			assertThat(staff.stream().filter(line -> line.startsWith("line ") || line.startsWith("not for")))
				.containsExactly(java.util.stream.Stream.concat(java.util.Arrays.stream(lines), java.util.stream.Stream.of("not for Ivy"))
					.toArray(String[]::new));
		}
		chat.sendAsVisitor(mine, "after closing");
		chat.sendAsVisitor(other, "a marker");
		List<String> later = new CopyOnWriteArrayList<>();
		try (var watching = streams.watch(other, update -> later.add(update.message().text()))) {
			chat.sendAsVisitor(other, "seen");
			await().atMost(Duration.ofSeconds(10)).until(() -> later.contains("seen"));
		}
		assertThat(visitor).doesNotContain("after closing");
	}

	@Test
	void aLineIsAnnouncedOnlyOnceItsTransactionCommits() {
		ChatId id = open("Kim");
		List<String> received = new CopyOnWriteArrayList<>();
		try (var watching = streams.watch(id, update -> received.add(update.message().text()))) {
			transactions.executeWithoutResult(status -> {
				chat.sendAsVisitor(id, "committed");
				// the chat's opening line ("Hello") may still be on its way; this one must wait for the commit
				assertThat(received).doesNotContain("committed");
			});
			await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("committed"));
			transactions.executeWithoutResult(status -> {
				chat.sendAsVisitor(id, "rolled back");
				status.setRollbackOnly();
			});
			chat.sendAsVisitor(id, "marker");
			await().atMost(Duration.ofSeconds(10)).until(() -> received.contains("marker"));
			assertThat(received).containsSubsequence("committed", "marker").doesNotContain("rolled back");
		}
	}

	@Test
	void aReaderThatIsGoneIsLetGo() {
		ChatId id = open("Lou");
		int before = streams.open();
		streams.watch(id, update -> false);
		assertThat(streams.open()).isEqualTo(before + 1);
		chat.sendAsVisitor(id, "anyone there?");
		await().atMost(Duration.ofSeconds(10)).until(() -> streams.open() <= before);
	}

	private ChatId open(String name) {
		return chat.open(new OpenChat(name, Optional.empty(), Optional.empty(), Language.EN, Optional.empty(), "Hello"))
			.orElseThrow();
	}
}
