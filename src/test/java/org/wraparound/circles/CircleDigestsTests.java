package org.wraparound.circles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.TestMail;
import org.wraparound.WraparoundTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;

/** The daily summary: once per period, only to members who asked and have something new, in their language. */
@WraparoundTest
class CircleDigestsTests {

	private static final String MARIA = "member@wraparound.example";
	private static final String SAM = "volunteer@wraparound.example";

	@Autowired
	CircleDigests job;

	@Autowired
	CircleUpdates updates;

	@Autowired
	CircleManagement circles;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void noMoreSummaries() {
		jdbc.sql("delete from circles_digest").update();
	}

	@Test
	void aMemberWhoAskedGetsOneSummaryInTheirLanguageAndOthersNone() throws MessagingException {
		AccountId maria = id(MARIA);
		AccountId sam = id(SAM);
		CircleId circle = circles.circlesOf(maria).stream().filter(c -> c.personName().equals("Maggie")).findFirst()
			.orElseThrow().id();
		assertThat(updates.chooseDigest(circle, maria, true)).isTrue();
		assertThat(updates.chooseDigest(circle, sam, false)).isTrue();
		assertThat(updates.post(circle, maria, "Le médecin passe jeudi.\nTout va bien.")).isPresent();
		var update = updates.feed(circle, maria, 0).orElseThrow().updates().get(0);
		assertThat(updates.comment(circle, update.id(), sam, "Great news!")).isTrue();

		assertThat(job.send()).isEqualTo(1);
		await().atMost(Duration.ofSeconds(20)).until(() -> summaries(MARIA, "Nouvelles du cercle de Maggie").size() == 1);
		MimeMessage mail = summaries(MARIA, "Nouvelles du cercle de Maggie").get(0);
		assertThat(TestMail.text(mail)).contains("Bonjour Maria", "Le médecin passe jeudi.", "1 commentaire",
				"/circles/" + circle);

		// Run again for the same period, and later with nothing new: nothing more is sent.
		assertThat(job.send()).isZero();
		// Sam asks now: what was posted before he asked is not news to him.
		assertThat(updates.chooseDigest(circle, sam, true)).isTrue();
		assertThat(job.send()).isZero();
		awaitEveryMailWritten();
		assertThat(summaries(MARIA, "Nouvelles du cercle de Maggie")).hasSize(1);
		assertThat(summaries(SAM, "News from Maggie’s circle")).isEmpty();
	}

	@Test
	void twoRunsRacingForTheSamePeriodClaimItOnce() {
		AccountId maria = id(MARIA);
		CircleId circle = circles.circlesOf(maria).get(0).id();
		updates.chooseDigest(circle, maria, true);
		var subscriber = jdbc.sql("select last_sent_at from circles_digest where circle_id = ? and account_id = ?")
			.params(circle.value(), maria.value()).query(java.time.OffsetDateTime.class).single().toInstant();
		var read = new Digests.Subscriber(circle.value(), maria, subscriber);
		var digests = new Digests(jdbc);
		var now = subscriber.plusSeconds(60);
		assertThat(digests.claim(read, now)).isTrue();
		assertThat(digests.claim(read, now)).isFalse();
	}

	/** Completed publications are deleted: none left means every summary announced has been mailed. */
	private void awaitEveryMailWritten() {
		await().atMost(Duration.ofSeconds(20)).until(() -> jdbc
			.sql("select count(*) from event_publication where event_type like '%CircleDigestReady%'")
			.query(Long.class).single() == 0);
	}

	private static List<MimeMessage> summaries(String to, String subject) {
		return TestMail.receivedBy(to).stream().filter(mail -> {
			try {
				return subject.equals(mail.getSubject());
			}
			catch (MessagingException e) {
				throw new IllegalStateException(e);
			}
		}).toList();
	}

	private AccountId id(String email) {
		return accounts.findByEmail(email).orElseThrow().id();
	}
}
