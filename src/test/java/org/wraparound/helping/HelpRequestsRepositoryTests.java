package org.wraparound.helping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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

/** Requests and commitments as stored, and the one slot-claim under contention, on H2 and PostgreSQL. */
@DatabaseTest
class HelpRequestsRepositoryTests {

	@Autowired
	HelpRequests help;

	@Autowired
	Requests requests;

	@Autowired
	RequestChanges changes;

	@Autowired
	BereavementFollowUp followUp;

	@Autowired
	CircleManagement circles;

	@Autowired
	AccountManagement accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void oneHelperClickingTwiceAtOnceTakesOneSlot() throws Exception {
		AccountId maria = account("member@wraparound.example");
		AccountId sam = account("volunteer@wraparound.example");
		CircleId circle = circleOf(maria, "Maggie");
		for (int round = 0; round < 5; round++) {
			RequestId request = post(circle, maria, 3);
			List<ClaimResult> outcomes = race(request, sam, sam);
			assertThat(outcomes).contains(ClaimResult.CLAIMED).doesNotContain(ClaimResult.ALREADY_TAKEN);
			assertThat(requests.find(request.value()).orElseThrow().taken()).isEqualTo(1);
			assertThat(requests.pledges(List.of(request.value()))).hasSize(1);
		}
	}

	@Test
	void twoPeopleClaimingTheLastSlotAtOnceGiveItToExactlyOne() throws Exception {
		AccountId maria = account("member@wraparound.example");
		AccountId sam = account("volunteer@wraparound.example");
		CircleId circle = circleOf(maria, "Maggie");
		for (int round = 0; round < 5; round++) {
			RequestId request = post(circle, maria, 1);
			List<ClaimResult> outcomes = race(request, maria, sam);
			assertThat(outcomes).containsExactlyInAnyOrder(ClaimResult.CLAIMED, ClaimResult.ALREADY_TAKEN);
			assertThat(requests.find(request.value()).orElseThrow().taken()).isEqualTo(1);
			assertThat(requests.pledges(List.of(request.value()))).hasSize(1);
		}
	}

	@Test
	void withdrawingFreesTheSlotAndClaimingTwiceKeepsOne() {
		AccountId maria = account("member@wraparound.example");
		AccountId sam = account("volunteer@wraparound.example");
		CircleId circle = circleOf(maria, "Maggie");
		RequestId request = post(circle, maria, 1);
		assertThat(help.claim(request, sam)).isEqualTo(ClaimResult.CLAIMED);
		assertThat(help.claim(request, sam)).isEqualTo(ClaimResult.ALREADY_YOURS);
		assertThat(help.claim(request, maria)).isEqualTo(ClaimResult.ALREADY_TAKEN);
		assertThat(help.withdraw(request, sam, "I have the flu.")).isTrue();
		assertThat(help.withdraw(request, sam, "Again")).isFalse();
		assertThat(requests.find(request.value()).orElseThrow().taken()).isZero();
		assertThat(help.claim(request, maria)).isEqualTo(ClaimResult.CLAIMED);
		assertThat(requests.committedBy(maria)).extracting(Requests.Row::id).contains(request.value());
	}

	@Test
	void aStoredRequestReadsBackAsWritten() {
		AccountId maria = account("member@wraparound.example");
		CircleId circle = circleOf(maria, "Maggie");
		Instant start = Instant.now().plus(Duration.ofDays(3)).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
		RequestId id = help.post(new PostHelpRequest(circle, maria, HelpKind.RIDE, start,
				start.plus(Duration.ofHours(2)), 3, "Line one\r\nline two", "1 Elm St")).orElseThrow();
		var row = requests.find(id.value()).orElseThrow();
		assertThat(row.kind()).isEqualTo(HelpKind.RIDE);
		assertThat(row.startsAt()).isEqualTo(start);
		assertThat(row.endsAt()).isEqualTo(start.plus(Duration.ofHours(2)));
		assertThat(row.slots()).isEqualTo(3);
		assertThat(row.notes()).isEqualTo("Line one\nline two");
		assertThat(row.address()).isEqualTo("1 Elm St");
		assertThat(row.open()).isTrue();
		assertThat(jdbc.sql("select count(*) from audit_entry where record_id = ?").param(id.toString())
			.query(Long.class).single()).isPositive();
	}

	@Test
	void aDeathCancelsTheCirclesOpenRequestsOnce() {
		AccountId claire = account("champion@wraparound.example");
		var community = circles.view(circleOf(claire, "Henri"), claire).orElseThrow().community();
		CircleId circle = circles.open(new OpenCircle(community, claire, CircleRole.COORDINATOR,
				new PersonProfile("Rose" + UUID.randomUUID().toString().substring(0, 4), null, List.of("en"), null,
						false, false, null, null, null, null, null),
				ConsentGiver.PERSON, "Rose")).orElseThrow();
		RequestId first = post(circle, claire, 2);
		RequestId second = post(circle, claire, 1);
		followUp.recordDeath(circle, claire, followUp.today(circle));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> requests.find(first.value()).orElseThrow().status().equals(Requests.CANCELLED));
		// Hearing the death again (the registry may hand an event over twice) cancels nothing more.
		changes.cancelOpen(circle, community);
		assertThat(requests.find(second.value()).orElseThrow().status()).isEqualTo(Requests.CANCELLED);
		assertThat(help.claim(first, claire)).isEqualTo(ClaimResult.CLOSED);
		assertThat(jdbc.sql("select count(*) from audit_entry where detail = 'cancelled: the person died' and record_id = ?")
			.param(first.toString()).query(Long.class).single()).isEqualTo(1);
	}

	/** Two claims for the same request, let go at the same moment from two threads. */
	private List<ClaimResult> race(RequestId request, AccountId first, AccountId second) throws Exception {
		CountDownLatch ready = new CountDownLatch(2);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<ClaimResult>> results = List.of(first, second).stream().map(helper -> pool.submit(() -> {
				ready.countDown();
				go.await();
				return help.claim(request, helper);
			})).toList();
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			return List.of(results.get(0).get(20, TimeUnit.SECONDS), results.get(1).get(20, TimeUnit.SECONDS));
		}
		finally {
			pool.shutdownNow();
		}
	}

	private RequestId post(CircleId circle, AccountId by, int helpers) {
		Instant start = Instant.now().plus(Duration.ofDays(2));
		return help.post(new PostHelpRequest(circle, by, HelpKind.MEAL, start, start.plus(Duration.ofHours(1)),
				helpers, null, null)).orElseThrow();
	}

	private AccountId account(String email) {
		return accounts.findByEmail(email).orElseThrow().id();
	}

	private CircleId circleOf(AccountId account, String person) {
		return circles.circlesOf(account).stream().filter(c -> c.personName().equals(person)).findFirst()
			.orElseThrow().id();
	}
}
