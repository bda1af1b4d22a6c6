package org.wraparound.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.wraparound.DatabaseTest;
import org.wraparound.TestMail;
import org.wraparound.accounts.AccountEmailRequested;
import org.wraparound.accounts.AccountEmailRequested.Kind;
import org.wraparound.platform.Language;

/**
 * The event publication registry on H2 and PostgreSQL: an event published in a transaction is stored with it, then
 * delivered, and its publication removed once the listener has succeeded.
 */
@DatabaseTest
class EventRegistryTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPublicationIsStoredWithItsTransactionAndRemovedWhenDelivered() {
		UUID id = UUID.randomUUID();
		String to = "registry." + id.toString().substring(0, 8) + "@mail.example";
		var event = new AccountEmailRequested(id, Kind.VERIFY_EMAIL, to, "Reg", Language.EN,
				"http://localhost/verify-email?token=" + id, Instant.now().plusSeconds(3600), Instant.now());

		transactions.executeWithoutResult(status -> {
			events.publishEvent(event);
			assertThat(publications(id)).as("stored in the same transaction").isEqualTo(1);
		});
		TestMail.awaitMailTo(to, 1);
		await().atMost(Duration.ofSeconds(20)).until(() -> publications(id) == 0);

		UUID rolledBack = UUID.randomUUID();
		transactions.executeWithoutResult(status -> {
			events.publishEvent(new AccountEmailRequested(rolledBack, Kind.VERIFY_EMAIL, "never@mail.example", "No",
					Language.EN, null, null, Instant.now()));
			status.setRollbackOnly();
		});
		assertThat(publications(rolledBack)).as("nothing is left of a rolled-back transaction").isZero();
	}

	private long publications(UUID id) {
		return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
			.param("%" + id + "%").query(Long.class).single();
	}
}
