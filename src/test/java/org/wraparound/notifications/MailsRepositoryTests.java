package org.wraparound.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.wraparound.DatabaseTest;
import org.wraparound.platform.Language;

@DatabaseTest
class MailsRepositoryTests {

	@Autowired
	Mails mails;

	@Test
	void aMailIsStoredByItsEventIdAndReadBackNewestFirst() {
		var older = email("Older ✉", Language.FR);
		var newer = email("Newer", Language.EN);
		mails.record(older, MailStatus.OUTBOX, Instant.parse("2030-01-01T10:00:00Z"), null);
		mails.record(newer, MailStatus.SENT, Instant.parse("2030-01-01T11:00:00Z"),
				Instant.parse("2030-01-01T11:00:01Z"));

		assertThat(mails.exists(older.id())).isTrue();
		assertThat(mails.exists(UUID.randomUUID())).isFalse();
		var newest = mails.newest(2);
		assertThat(newest).extracting(Mail::id).containsExactly(newer.id(), older.id());
		assertThat(newest.get(0).sentAt()).contains(Instant.parse("2030-01-01T11:00:01Z"));
		assertThat(newest.get(1)).satisfies(mail -> {
			assertThat(mail.subject()).isEqualTo("Older ✉");
			assertThat(mail.language()).isEqualTo(Language.FR);
			assertThat(mail.status()).isEqualTo(MailStatus.OUTBOX);
			assertThat(mail.body()).isEqualTo("Bonjour,\n\nhttp://localhost/link");
			assertThat(mail.createdAt()).isEqualTo(Instant.parse("2030-01-01T10:00:00Z"));
			assertThat(mail.sentAt()).isEmpty();
		});
	}

	@Test
	void anEventIdIsRecordedOnlyOnce() {
		var email = email("Once", Language.EN);
		mails.record(email, MailStatus.SENT, Instant.now(), Instant.now());
		assertThatThrownBy(() -> mails.record(email, MailStatus.SENT, Instant.now(), Instant.now()))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	private static Email email(String subject, Language language) {
		return new Email(UUID.randomUUID(), "VERIFY_EMAIL", "repo@mail.example", language, subject,
				"Bonjour,\n\nhttp://localhost/link", "<p>Bonjour,</p>");
	}
}
