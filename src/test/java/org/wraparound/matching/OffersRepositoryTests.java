package org.wraparound.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.helping.HelpKind;

/**
 * Matching's tables on both databases: a request remembered once (its times follow it), an offer made once per
 * request and volunteer, answered once and only while open, overlapping open offers found within one community,
 * expiry, a volunteer's open offers, and the version counter every node reads.
 */
@DatabaseTest
class OffersRepositoryTests {

	@Autowired
	Offers offers;

	@Autowired
	Versions versions;

	@Autowired
	JdbcClient jdbc;

	final Instant now = Instant.parse("2026-12-01T15:00:00Z");

	final UUID community = UUID.randomUUID();

	@Test
	void aRequestIsRememberedOnceAndFollowsItsTimes() {
		UUID request = UUID.randomUUID();
		offers.remember(request(request, now.plus(Duration.ofDays(2))));
		offers.remember(request(request, now.plus(Duration.ofDays(3))));
		assertThat(jdbc.sql("select count(*) from matching_request where request_id = ?").param(request)
			.query(Long.class).single()).isEqualTo(1);
		assertThat(offers.lock(request)).hasValueSatisfying(row -> {
			assertThat(row.startsAt()).isEqualTo(now.plus(Duration.ofDays(3)));
			assertThat(row.personName()).isEqualTo("Maggie");
			assertThat(row.neighbourhood()).isEqualTo("Old Mill");
		});
		assertThat(offers.lock(UUID.randomUUID())).isEmpty();
	}

	@Test
	void anOfferIsMadeOnceAndAnsweredOnceWhileOpen() {
		UUID request = UUID.randomUUID();
		offers.remember(request(request, now.plus(Duration.ofDays(2))));
		AccountId ana = new AccountId(UUID.randomUUID());
		AccountId ben = new AccountId(UUID.randomUUID());
		assertThat(offers.insert(offer(request, ana, now.plus(Duration.ofHours(24))))).isTrue();
		assertThat(offers.insert(offer(request, ana, now.plus(Duration.ofHours(24))))).as("same volunteer").isFalse();
		assertThat(offers.insert(offer(request, ben, now.plus(Duration.ofHours(1))))).isTrue();
		assertThat(offers.ofRequest(request)).hasSize(2);

		assertThat(offers.answer(request, ana, Offers.DECLINED, now)).isTrue();
		assertThat(offers.answer(request, ana, Offers.ACCEPTED, now)).as("answered before").isFalse();
		assertThat(offers.find(request, ana)).hasValueSatisfying(row -> {
			assertThat(row.status()).isEqualTo(Offers.DECLINED);
			assertThat(row.answeredAt()).isEqualTo(now);
		});
		Instant late = now.plus(Duration.ofHours(2));
		assertThat(offers.answer(request, ben, Offers.DECLINED, late)).as("after its expiry").isFalse();
		assertThat(offers.withExpired(late, 100_000)).contains(request);
		assertThat(offers.expire(request, late)).isEqualTo(1);
		assertThat(offers.find(request, ben).orElseThrow().status()).isEqualTo(Offers.EXPIRED);
		assertThat(offers.withExpired(late, 100_000)).doesNotContain(request);
		assertThat(offers.find(request, new AccountId(UUID.randomUUID()))).isEmpty();
	}

	@Test
	void overlappingOpenOffersAreFoundInTheSameCommunityOnly() {
		UUID first = UUID.randomUUID();
		UUID second = UUID.randomUUID();
		UUID elsewhere = UUID.randomUUID();
		Instant start = now.plus(Duration.ofDays(2));
		offers.remember(request(first, start));
		offers.remember(request(second, start.plus(Duration.ofMinutes(30))));
		offers.remember(new Offers.RequestRow(elsewhere, UUID.randomUUID(), UUID.randomUUID(), HelpKind.VISIT, start,
				start.plus(Duration.ofHours(1)), "Henri", null, now));
		AccountId ana = new AccountId(UUID.randomUUID());
		AccountId ben = new AccountId(UUID.randomUUID());
		AccountId cleo = new AccountId(UUID.randomUUID());
		offers.insert(offer(first, ana, start));
		offers.insert(offer(first, ben, start));
		offers.insert(offer(elsewhere, cleo, start));
		offers.answer(first, ben, Offers.DECLINED, now);

		assertThat(offers.offeredElsewhere(community, second, start.plus(Duration.ofMinutes(30)),
				start.plus(Duration.ofMinutes(90)), now)).containsExactly(ana);
		assertThat(offers.offeredElsewhere(community, second, start.plus(Duration.ofHours(1)),
				start.plus(Duration.ofHours(2)), now)).as("ends as the other starts").isEmpty();
		assertThat(offers.offeredElsewhere(community, first, start, start.plus(Duration.ofHours(1)), now))
			.as("the request itself is not elsewhere").isEmpty();
	}

	@Test
	void aVolunteerSeesTheirOpenOffersForRequestsNotStartedSoonestFirst() {
		AccountId ana = new AccountId(UUID.randomUUID());
		UUID later = UUID.randomUUID();
		UUID sooner = UUID.randomUUID();
		UUID started = UUID.randomUUID();
		offers.remember(request(later, now.plus(Duration.ofDays(3))));
		offers.remember(request(sooner, now.plus(Duration.ofDays(1))));
		offers.remember(request(started, now.minus(Duration.ofMinutes(5))));
		offers.insert(offer(later, ana, now.plus(Duration.ofDays(1))));
		offers.insert(offer(sooner, ana, now.plus(Duration.ofDays(1))));
		offers.insert(offer(started, ana, now.plus(Duration.ofDays(1))));
		assertThat(offers.openFor(ana, now)).extracting(open -> open.request().request()).containsExactly(sooner,
				later);
		assertThat(offers.closeOpen(later, Offers.TAKEN, now)).isEqualTo(1);
		assertThat(offers.openFor(ana, now)).extracting(open -> open.request().request()).containsExactly(sooner);
	}

	@Test
	void theVersionMovesWithEveryChangeAndPerCommunity() {
		CommunityId one = new CommunityId(UUID.randomUUID());
		CommunityId other = new CommunityId(UUID.randomUUID());
		assertThat(versions.of(one)).isZero();
		versions.bump(one);
		versions.bump(one);
		assertThat(versions.of(one)).isEqualTo(2);
		assertThat(versions.of(other)).isZero();
	}

	private Offers.RequestRow request(UUID request, Instant startsAt) {
		return new Offers.RequestRow(request, community, UUID.randomUUID(), HelpKind.VISIT, startsAt,
				startsAt.plus(Duration.ofHours(1)), "Maggie", "Old Mill", now);
	}

	private Offers.OfferRow offer(UUID request, AccountId volunteer, Instant expires) {
		return new Offers.OfferRow(UUID.randomUUID(), request, volunteer, Offers.OPEN, 1.5, null,
				now.truncatedTo(ChronoUnit.SECONDS), expires, null);
	}
}
