package org.wraparound.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.config.StalenessProperties;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.wraparound.TestMail;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountEmailRequested;
import org.wraparound.accounts.AccountEmailRequested.Kind;
import org.wraparound.platform.Language;

/** Account mails reach a real SMTP server, in the person's language, once, even when the first try fails. */
@WraparoundTest
class AccountMailsTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FlakyMailer mailer;

	@Autowired
	FailedEventsResubmission resubmission;

	@Autowired
	EventPublicationRegistry registry;

	@Autowired
	StalenessProperties staleness;

	@Test
	void aVerificationMailArrivesInEnglish() throws MessagingException {
		var event = event(Kind.VERIFY_EMAIL, "ana.en@mail.example", Language.EN);
		publish(event);

		MimeMessage mail = TestMail.awaitMailTo("ana.en@mail.example", 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("Please confirm your email address");
		assertThat(mail.getFrom()[0].toString()).contains("hello@wraparound.example");
		assertThat(TestMail.text(mail)).contains("Hello Ana,", event.link(), "This link works until",
				"Toronto time");
	}

	@Test
	void aSignInLinkArrivesInFrench() throws MessagingException {
		var event = event(Kind.SIGN_IN_LINK, "ana.fr@mail.example", Language.FR);
		publish(event);

		MimeMessage mail = TestMail.awaitMailTo("ana.fr@mail.example", 1).get(0);
		assertThat(mail.getSubject()).isEqualTo("Votre lien pour vous connecter à Wraparound");
		assertThat(TestMail.text(mail)).contains("Bonjour Ana,", event.link(), "Ce lien fonctionne jusqu’au",
				"heure de Toronto");
	}

	@Test
	void aLinkThatWentOutIsNotKeptWhereStaffCouldReadIt() {
		var event = event(Kind.RESET_PASSWORD, "ana.kept@mail.example", Language.EN);
		publish(event);
		TestMail.awaitMailTo("ana.kept@mail.example", 1);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc
			.sql("select body from notifications_message where id = ?").param(event.id()).query(String.class).list())
			.singleElement().asString().doesNotContain(event.link()).contains(MailDelivery.LINK_REMOVED));
	}

	@Test
	void theSameEventTwiceSendsOneMail() {
		var event = event(Kind.RESET_PASSWORD, "twice@mail.example", Language.EN);
		publish(event);
		TestMail.awaitMailTo("twice@mail.example", 1);
		awaitPublicationsDone(event);

		publish(event);
		awaitPublicationsDone(event);
		assertThat(TestMail.receivedBy("twice@mail.example")).hasSize(1);
		assertThat(recorded(event)).isEqualTo(1);
	}

	@Test
	void aMailThatFailsIsSentOnceWhenFailedPublicationsAreResubmitted() {
		var event = event(Kind.ALREADY_REGISTERED, "retry@mail.example", Language.EN);
		mailer.failNext("retry@mail.example", 1);
		publish(event);
		await().atMost(Duration.ofSeconds(20)).until(() -> publicationStatus(event), "FAILED"::equals);
		assertThat(TestMail.receivedBy("retry@mail.example")).isEmpty();
		assertThat(recorded(event)).isZero();

		resubmission.resubmit();
		var mails = TestMail.awaitMailTo("retry@mail.example", 1);
		awaitPublicationsDone(event);
		assertThat(TestMail.receivedBy("retry@mail.example")).hasSize(1);
		assertThat(TestMail.text(mails.get(0))).contains("nothing has changed", event.link());
		assertThat(recorded(event)).isEqualTo(1);
	}

	@Test
	void aMailCaughtInACrashIsSentOnceAfterTheRestart() {
		var event = event(Kind.SIGN_IN_LINK, "crash@mail.example", Language.FR);
		mailer.failNext("crash@mail.example", 1);
		publish(event);
		await().atMost(Duration.ofSeconds(20)).until(() -> publicationStatus(event), "FAILED"::equals);
		// What a process killed in the middle of the listener leaves behind: a publication still PROCESSING.
		jdbc.sql("update event_publication set status = 'PROCESSING', publication_date = ? where serialized_event like ?")
			.params(java.sql.Timestamp.from(Instant.now().minus(Duration.ofHours(1))), "%" + event.id() + "%").update();

		registry.markStalePublicationsFailed(staleness);
		assertThat(publicationStatus(event)).isEqualTo("FAILED");
		resubmission.resubmit();

		TestMail.awaitMailTo("crash@mail.example", 1);
		awaitPublicationsDone(event);
		assertThat(TestMail.receivedBy("crash@mail.example")).hasSize(1);
		assertThat(recorded(event)).isEqualTo(1);
	}

	private void publish(AccountEmailRequested event) {
		transactions.executeWithoutResult(status -> events.publishEvent(event));
	}

	private static AccountEmailRequested event(Kind kind, String to, Language language) {
		UUID id = UUID.randomUUID();
		Instant now = Instant.now();
		return new AccountEmailRequested(id, kind, to, "Ana", language, "http://localhost/link/" + id,
				now.plus(Duration.ofHours(1)), now);
	}

	private String publicationStatus(AccountEmailRequested event) {
		return jdbc.sql("select status from event_publication where serialized_event like ?")
			.param("%" + event.id() + "%").query(String.class).optional().orElse("none");
	}

	/** Completed publications are deleted, so none left means every listener is done with the event. */
	private void awaitPublicationsDone(AccountEmailRequested event) {
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
			.sql("select count(*) from event_publication where serialized_event like ?")
			.param("%" + event.id() + "%").query(Long.class).single() == 0);
	}

	private long recorded(AccountEmailRequested event) {
		return jdbc.sql("select count(*) from notifications_message where id = ?").param(event.id())
			.query(Long.class).single();
	}
}
