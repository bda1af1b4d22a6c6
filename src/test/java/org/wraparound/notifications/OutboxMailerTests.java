package org.wraparound.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.wraparound.accounts.AccountEmailRequested;
import org.wraparound.accounts.AccountEmailRequested.Kind;
import org.wraparound.platform.Language;

/** Without a mail server, mails are written and kept for the outbox page, once each, in either language. */
class OutboxMailerTests {

	private static final Instant NOW = Instant.parse("2026-11-26T15:00:00Z");

	private final EmbeddedDatabase database = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2)
		.generateUniqueName(true).addScript("db/migration/V5__notifications_message.sql").build();

	private final Mails mails = new Mails(JdbcClient.create(database));

	private final AccountMails listener = new AccountMails(new MailDelivery(new MailWriter(messageSource(),
			new MailSettings("Wraparound <hello@wraparound.example>", ZoneId.of("America/Toronto"), "",
					Language.EN)),
			new OutboxMailer(), mails, Clock.fixed(NOW, ZoneOffset.UTC)));

	@AfterEach
	void closeDatabase() {
		database.shutdown();
	}

	@Test
	void aMailIsKeptInTheOutboxInFrenchWithItsLinkAndExpiryInTorontoTime() {
		var event = event(Kind.RESET_PASSWORD, Language.FR);
		listener.on(event);

		assertThat(mails.newest(10)).singleElement().satisfies(mail -> {
			assertThat(mail.id()).isEqualTo(event.id());
			assertThat(mail.status()).isEqualTo(MailStatus.OUTBOX);
			assertThat(mail.recipient()).isEqualTo("marie@outbox.example");
			assertThat(mail.language()).isEqualTo(Language.FR);
			assertThat(mail.subject()).isEqualTo("Choisissez un nouveau mot de passe");
			// 16:00 UTC is 11:00 in Toronto in November
			assertThat(mail.body()).contains("Bonjour Marie,", event.link(), "jeudi 26 novembre 2026", "11:00",
					"heure de Toronto");
			assertThat(mail.createdAt()).isEqualTo(NOW);
			assertThat(mail.sentAt()).isEmpty();
		});
	}

	@Test
	void theSameEventTwiceIsKeptOnce() {
		var event = event(Kind.SIGN_IN_LINK, Language.EN);
		listener.on(event);
		listener.on(event);
		assertThat(mails.newest(10)).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void everyKindIsWrittenInBothLanguages(Kind kind) {
		for (Language language : Language.values()) {
			listener.on(event(kind, language));
		}
		assertThat(mails.newest(10)).hasSize(2).allSatisfy(mail -> {
			assertThat(mail.subject()).doesNotStartWith("notifications.");
			assertThat(mail.body()).contains("Marie", "Wraparound", "http://localhost/link/")
				.doesNotContain("notifications.", "{0}", "{1}");
		});
	}

	private static AccountEmailRequested event(Kind kind, Language language) {
		UUID id = UUID.randomUUID();
		return new AccountEmailRequested(id, kind, "marie@outbox.example", "Marie", language,
				"http://localhost/link/" + id, Instant.parse("2026-11-26T16:00:00Z"), NOW);
	}

	private static ResourceBundleMessageSource messageSource() {
		var source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		return source;
	}
}
