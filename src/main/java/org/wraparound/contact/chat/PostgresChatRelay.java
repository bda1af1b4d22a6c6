package org.wraparound.contact.chat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The relay between nodes on PostgreSQL. Writing a line sends {@code NOTIFY contact_chat, '<id>'} in the writing
 * transaction, so PostgreSQL delivers it on commit, to every node, this one included (ids only: payloads are
 * limited to 8 000 bytes). Each node listens on a connection of its own, outside the pool; when that connection
 * drops, it connects again, listens again, and passes on every line written since the last one it saw.
 */
class PostgresChatRelay implements ChatRelay, AutoCloseable {

	static final String CHANNEL = "contact_chat";

	/** The name the listening connection shows in {@code pg_stat_activity}. */
	static final String APPLICATION_NAME = "wraparound-chat-relay";

	private static final Logger log = LoggerFactory.getLogger(PostgresChatRelay.class);

	private static final int POLL_MILLIS = 500;

	private static final Duration CHECK_EVERY = Duration.ofSeconds(20);

	private static final int CATCH_UP_BATCH = 500;

	private final JdbcClient jdbc;
	private final ChatStreams streams;
	private final Chats chats;
	private final Listening listening;
	private final AtomicLong lastSeen = new AtomicLong();
	private final Thread listener;
	private volatile boolean running = true;
	private volatile Connection connection;

	/** Where and as whom the listening connection connects. */
	record Listening(String url, String user, String password) {
	}

	PostgresChatRelay(JdbcClient jdbc, ChatStreams streams, Chats chats, Listening listening) {
		this.jdbc = jdbc;
		this.streams = streams;
		this.chats = chats;
		this.listening = listening;
		this.lastSeen.set(chats.lastMessageId());
		this.listener = new Thread(this::listen, "chat-relay");
		this.listener.setDaemon(true);
	}

	void start() {
		listener.start();
	}

	@Override
	public void announce(long messageId) {
		jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, Long.toString(messageId)).query((RowCallbackHandler) rs -> {
		});
	}

	private void listen() {
		long backoff = 250;
		while (running) {
			try (Connection listeningConnection = connect()) {
				connection = listeningConnection;
				try (Statement statement = listeningConnection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				catchUp();
				backoff = 250;
				receive(listeningConnection);
			}
			catch (SQLException | RuntimeException e) {
				if (!running) {
					return;
				}
				log.warn("Chat relay lost its PostgreSQL connection ({}); listening again in {} ms", e.getMessage(), backoff);
				sleep(backoff);
				backoff = Math.min(backoff * 2, 10_000);
			}
		}
	}

	private void receive(Connection listeningConnection) throws SQLException {
		PGConnection pg = listeningConnection.unwrap(PGConnection.class);
		long nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
		while (running) {
			PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
			if (notifications != null) {
				for (PGNotification notification : notifications) {
					pass(Long.parseLong(notification.getParameter()));
				}
			}
			if (System.nanoTime() > nextCheck) {
				// A connection cut without a word (a restarted server behind a firewall) shows up only when used.
				try (Statement statement = listeningConnection.createStatement()) {
					statement.execute("select 1");
				}
				nextCheck = System.nanoTime() + CHECK_EVERY.toNanos();
			}
		}
	}

	/** Passes on every line written while nobody here was listening. */
	private void catchUp() {
		java.util.List<Long> missed;
		do {
			missed = chats.idsAfter(lastSeen.get(), CATCH_UP_BATCH);
			missed.forEach(this::pass);
		}
		while (missed.size() == CATCH_UP_BATCH);
	}

	private void pass(long messageId) {
		lastSeen.accumulateAndGet(messageId, Math::max);
		try {
			streams.dispatch(messageId);
		}
		catch (RuntimeException e) {
			log.warn("Could not pass on chat line {}: {}", messageId, e.getMessage());
		}
	}

	private Connection connect() throws SQLException {
		var properties = new Properties();
		if (listening.user() != null) {
			properties.setProperty("user", listening.user());
		}
		if (listening.password() != null) {
			properties.setProperty("password", listening.password());
		}
		properties.setProperty("ApplicationName", APPLICATION_NAME);
		Connection opened = DriverManager.getConnection(listening.url(), properties);
		opened.setAutoCommit(true);
		return opened;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		running = false;
		Connection open = connection;
		if (open != null) {
			try {
				open.close();
			}
			catch (SQLException ignored) {
				// closing anyway
			}
		}
		listener.interrupt();
	}
}
