package org.wraparound.contact.chat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The chat's delivery: the streams open on this node, and the relay between nodes, chosen by the database: over
 * PostgreSQL {@code LISTEN/NOTIFY} on PostgreSQL, in memory on the embedded database (one node).
 */
@Configuration(proxyBeanMethods = false)
class ChatConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ChatConfiguration.class);

	private static final int DELIVERY_THREADS = 16;

	/**
	 * The threads that write lines to streams. Bounded: a stream waiting on a slow reader holds one of them, and the
	 * others go on writing.
	 */
	@Bean(destroyMethod = "shutdownNow")
	ExecutorService chatDelivery() {
		var count = new AtomicInteger();
		return Executors.newFixedThreadPool(DELIVERY_THREADS, task -> {
			var thread = new Thread(task, "chat-delivery-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Bean
	ChatStreams chatStreams(Chats chats, ExecutorService chatDelivery) {
		return new ChatStreams(chats, chatDelivery);
	}

	@Bean
	ChatRelay chatRelay(DataSource dataSource, JdbcClient jdbc, ChatStreams streams, Chats chats,
			Environment environment) throws SQLException {
		if (!onPostgres(dataSource)) {
			log.info("Live chat: single node, delivered in memory");
			return new InMemoryChatRelay(streams);
		}
		var relay = new PostgresChatRelay(jdbc, streams, chats,
				new PostgresChatRelay.Listening(environment.getRequiredProperty("spring.datasource.url"),
						environment.getProperty("spring.datasource.username"),
						environment.getProperty("spring.datasource.password")));
		relay.start();
		log.info("Live chat: delivered to every node through PostgreSQL LISTEN/NOTIFY");
		return relay;
	}

	private static boolean onPostgres(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return "PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
		}
	}
}
