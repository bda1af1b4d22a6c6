package org.wraparound.helping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.BereavementFollowUp;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleManagement;
import org.wraparound.circles.CircleRole;
import org.wraparound.circles.ConsentGiver;
import org.wraparound.circles.OpenCircle;
import org.wraparound.circles.PersonProfile;
import org.wraparound.platform.SecretTokens;

/** The calendar feed table (one row per account, only the hash kept), and cancelled help in a feed. */
@DatabaseTest
class CalendarFeedsRepositoryTests {

	@Autowired
	CalendarFeeds feeds;

	@Autowired
	HelpCalendar calendar;

	@Autowired
	HelpRequests help;

	@Autowired
	Requests requests;

	@Autowired
	BereavementFollowUp followUp;

	@Autowired
	CircleManagement circles;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneRowPerAccountHoldingOnlyTheHash() {
		AccountId maria = account("member@wraparound.example");
		String first = SecretTokens.newToken();
		String second = SecretTokens.newToken();
		feeds.replace(maria, SecretTokens.hash(first), Instant.now());
		assertThat(feeds.exists(maria)).isTrue();
		assertThat(feeds.ownerOf(SecretTokens.hash(first))).contains(maria);
		feeds.replace(maria, SecretTokens.hash(second), Instant.now());
		assertThat(feeds.ownerOf(SecretTokens.hash(first))).isEmpty();
		assertThat(feeds.ownerOf(SecretTokens.hash(second))).contains(maria);
		assertThat(jdbc.sql("select count(*) from helping_calendar_feed where account_id = ?").param(maria.value())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from helping_calendar_feed where token_hash = ? or token_hash = ?")
			.params(first, second).query(Long.class).single()).isZero();
		assertThat(feeds.ownerOf(SecretTokens.hash("made-up"))).isEmpty();
	}

	@Test
	void aCancelledRequestStaysInTheFeedAsCancelled() {
		AccountId claire = account("champion@wraparound.example");
		var community = circles.view(circleOf(claire, "Henri"), claire).orElseThrow().community();
		CircleId circle = circles.open(new OpenCircle(community, claire, CircleRole.COORDINATOR,
				new PersonProfile("Iris" + UUID.randomUUID().toString().substring(0, 4), null, List.of("en"), null,
						false, false, null, null, null, null, null),
				ConsentGiver.PERSON, "Iris")).orElseThrow();
		Instant start = Instant.now().plus(Duration.ofDays(2));
		RequestId id = help.post(new PostHelpRequest(circle, claire, HelpKind.VISIT, start,
				start.plus(Duration.ofHours(1)), 1, null, null)).orElseThrow();
		assertThat(help.claim(id, claire)).isEqualTo(ClaimResult.CLAIMED);
		String address = calendar.newFeed(claire);
		String token = address.substring(address.lastIndexOf('/') + 1, address.length() - ".ics".length());
		assertThat(calendar.feed(token).orElseThrow()).contains("UID:" + id + "@wraparound", "STATUS:CONFIRMED");
		followUp.recordDeath(circle, claire, followUp.today(circle));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> requests.find(id.value()).orElseThrow().status().equals(Requests.CANCELLED));
		String feed = calendar.feed(token).orElseThrow();
		String event = feed.substring(feed.indexOf("UID:" + id + "@wraparound"));
		assertThat(event.substring(0, event.indexOf("END:VEVENT"))).contains("STATUS:CANCELLED");
	}

	private AccountId account(String email) {
		return accounts.findByEmail(email).orElseThrow().id();
	}

	private CircleId circleOf(AccountId account, String person) {
		return circles.circlesOf(account).stream().filter(c -> c.personName().equals(person)).findFirst()
			.orElseThrow().id();
	}
}
