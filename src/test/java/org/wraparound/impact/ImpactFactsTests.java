package org.wraparound.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.wraparound.DatabaseTest;
import org.wraparound.accounts.AccountId;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleOpened;
import org.wraparound.circles.ReferralId;
import org.wraparound.circles.ReferralReceived;
import org.wraparound.circles.ReferrerRole;
import org.wraparound.circles.SupportDomain;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.helping.HelpCancelled;
import org.wraparound.helping.HelpCommitted;
import org.wraparound.helping.HelpCompleted;
import org.wraparound.helping.HelpKind;
import org.wraparound.helping.HelpRequested;
import org.wraparound.helping.RequestId;
import org.wraparound.volunteers.HoursLogged;
import org.wraparound.volunteers.VolunteerApproved;

/**
 * Facts written from events: once per source record however often an event comes, daily sums and medians that
 * agree with the facts, and a rebuild from the source modules that gives the very numbers the events gave.
 */
@DatabaseTest
class ImpactFactsTests {

	@Autowired
	FactListeners listeners;

	@Autowired
	Impact impact;

	@Autowired
	CommunityManagement communities;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	static final Duration WAIT = Duration.ofSeconds(20);

	final CommunityId community = new CommunityId(UUID.randomUUID());
	final CircleId circle = new CircleId(UUID.randomUUID());

	@Test
	void aRedeliveredEventCountsOnce() {
		Instant now = clock.instant();
		var request = requested(HelpKind.MEAL, now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(1)));
		var helper = new AccountId(UUID.randomUUID());
		var committed = new HelpCommitted(community, circle, request.request(), request.kind(), request.domain(),
				request.startsAt(), request.endsAt(), helper, request.at().plus(Duration.ofHours(2)));
		var hours = new HoursLogged(community, helper, 90, LocalDate.now(clock), now, UUID.randomUUID());
		var opened = new CircleOpened(community, circle, now.minus(Duration.ofDays(3)));
		for (int time = 0; time < 3; time++) {
			listeners.on(request);
			listeners.on(committed);
			listeners.on(hours);
			listeners.on(opened);
		}
		awaitRequests(new Figures.Requests(1, 1, 0, 0));
		await().atMost(WAIT).untilAsserted(() -> assertThat(impact.dashboard(community, quarter()).now().minutes())
			.isEqualTo(90));
		var figures = impact.dashboard(community, quarter()).now();
		assertThat(figures.newCircles().value()).isEqualTo(1);
		assertThat(figures.medianHoursToFill()).contains(2.0);
		assertThat(jdbc.sql("select sum(amount) from impact_day where community_id = ? and figure = 'posted'")
			.params(community.value()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void mediansSharesAndUnfilledComeFromTheFactsOfThePeriod() {
		Instant now = clock.instant();
		Instant posted = now.minus(Duration.ofDays(10));
		for (int hours : new int[] { 1, 2, 3, 4, 100 }) {
			var request = requested(HelpKind.RIDE, posted, now.plus(Duration.ofDays(3)));
			listeners.on(new HelpCommitted(community, circle, request.request(), request.kind(), request.domain(),
					request.startsAt(), request.endsAt(), new AccountId(UUID.randomUUID()),
					posted.plus(Duration.ofHours(hours))));
		}
		requested(HelpKind.VISIT, posted, now.minus(Duration.ofDays(1)));
		var cancelled = requested(HelpKind.CALL, posted, now.plus(Duration.ofDays(1)));
		listeners.on(new HelpCancelled(community, circle, cancelled.request(), cancelled.kind(), cancelled.domain(),
				cancelled.startsAt(), cancelled.endsAt(), HelpCancelled.Why.CALLED_OFF, null, "Ann", ZoneId.of("UTC"),
				List.of(), now));
		listeners.on(new HelpCancelled(community, circle, cancelled.request(), cancelled.kind(), cancelled.domain(),
				cancelled.startsAt(), cancelled.endsAt(), HelpCancelled.Why.CALLED_OFF, null, "Ann", ZoneId.of("UTC"),
				List.of(), now));

		awaitRequests(new Figures.Requests(7, 5, 1, 1));
		var figures = impact.dashboard(community, quarter()).now();
		assertThat(figures.medianHoursToFill()).contains(3.0);
		assertThat(figures.medianHidden()).isFalse();
		assertThat(figures.shareFilled()).contains(83);
		assertThat(figures.shareFilledInADay()).as("4 of 6 within a day").contains(67);
		assertThat(figures.byDomain().get(SupportDomain.PHYSICAL)).isEqualTo(new Figures.Requests(5, 5, 0, 0));
		assertThat(figures.byKind().get(HelpKind.CALL)).isEqualTo(new Figures.Requests(1, 0, 0, 1));
		assertThat(impact.dashboard(community, quarter()).before().requests().posted()).isZero();
		var earlier = impact.dashboard(community, new Period(LocalDate.now(clock).minusDays(5), LocalDate.now(clock)));
		assertThat(earlier.now().requests().posted()).as("posted before this period").isZero();
		assertThat(earlier.before().requests().posted()).isEqualTo(7);
	}

	@Test
	void eventsHeardOutOfOrderCountTheSame() {
		Instant now = clock.instant();
		var request = new HelpRequested(community, circle, new RequestId(UUID.randomUUID()), HelpKind.ERRAND,
				HelpKind.ERRAND.domain(), now.minus(Duration.ofDays(1)), now.minus(Duration.ofHours(23)),
				now.minus(Duration.ofDays(4)));
		var helper = new AccountId(UUID.randomUUID());
		listeners.on(new HelpCompleted(community, circle, request.request(), request.kind(), request.domain(),
				request.startsAt(), request.endsAt(), helper, now));
		listeners.on(new HelpCommitted(community, circle, request.request(), request.kind(), request.domain(),
				request.startsAt(), request.endsAt(), helper, request.at().plus(Duration.ofHours(30))));
		listeners.on(request);
		listeners.on(new VolunteerApproved(community, helper, now.minus(Duration.ofDays(200))));
		listeners.on(new ReferralReceived(community, new ReferralId(UUID.randomUUID()), ReferrerRole.FAMILY,
				Set.of(SupportDomain.SOCIAL), now));

		awaitRequests(new Figures.Requests(1, 1, 0, 0));
		await().atMost(WAIT).untilAsserted(() -> {
			var heard = impact.dashboard(community, quarter()).now();
			assertThat(heard.medianHoursToFill()).contains(30.0);
			assertThat(heard.helpGiven()).isEqualTo(1);
			assertThat(heard.referralsTotal().value()).isEqualTo(1);
			assertThat(heard.retainable().value()).isEqualTo(1);
		});
		var figures = impact.dashboard(community, quarter()).now();
		assertThat(figures.medianHidden()).as("one request is fewer than 5").isTrue();
		assertThat(figures.helpGiven()).isEqualTo(1);
		assertThat(figures.active().value()).isEqualTo(1);
		assertThat(figures.active().hidden()).isTrue();
		assertThat(figures.retained().value()).isEqualTo(1);
		assertThat(figures.referrals().get(ReferrerRole.FAMILY).hidden()).isTrue();
	}

	@Test
	void activeVolunteersGaveHoursOrHelpHereInTheLast90Days() {
		Instant now = clock.instant();
		LocalDate today = LocalDate.now(clock);
		var other = new CommunityId(UUID.randomUUID());
		var hoursLately = new AccountId(UUID.randomUUID());
		var hoursLongAgo = new AccountId(UUID.randomUUID());
		var hoursElsewhere = new AccountId(UUID.randomUUID());
		var helpLately = new AccountId(UUID.randomUUID());
		for (AccountId volunteer : List.of(hoursLately, hoursLongAgo, hoursElsewhere, helpLately)) {
			listeners.on(new VolunteerApproved(community, volunteer, now.minus(Duration.ofDays(200))));
		}
		listeners.on(new HoursLogged(community, hoursLately, 60, today.minusDays(10), now, UUID.randomUUID()));
		listeners.on(new HoursLogged(community, hoursLongAgo, 60, today.minusDays(100), now, UUID.randomUUID()));
		listeners.on(new HoursLogged(other, hoursElsewhere, 45, today.minusDays(5), now, UUID.randomUUID()));
		var request = new RequestId(UUID.randomUUID());
		listeners.on(new HelpCompleted(community, circle, request, HelpKind.VISIT, HelpKind.VISIT.domain(),
				now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(3)).plus(Duration.ofHours(1)), helpLately,
				now.minus(Duration.ofDays(3))));

		Period lastYear = new Period(today.minusYears(1), today);
		await().atMost(WAIT).untilAsserted(() -> {
			var here = impact.dashboard(community, lastYear).now();
			assertThat(here.approved().value()).isEqualTo(4);
			assertThat(here.minutes()).isEqualTo(120);
			assertThat(here.helpGiven()).isEqualTo(1);
			assertThat(impact.dashboard(other, lastYear).now().minutes()).isEqualTo(45);
		});
		var figures = impact.dashboard(community, quarter()).now();
		assertThat(figures.active().value()).as("hours 10 days ago, help 3 days ago").isEqualTo(2);
		assertThat(figures.retained().value()).isEqualTo(2);
	}

	@Test
	void theRebuildFromTheSourcesGivesTheNumbersTheEventsGave() {
		await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from event_publication "
				+ "where completion_date is null and listener_id like '%impact%'").query(Long.class).single() == 0);
		LocalDate today = LocalDate.now(clock);
		Period everything = new Period(today.minusYears(3), today.plusYears(1));
		var fromEvents = impact.everyCommunity(everything);
		var maple = fromEvents.stream()
			.filter(row -> row.community().slug().equals("maple-grove-compassionate-community")).findFirst()
			.orElseThrow();
		assertThat(maple.figures().requests().posted()).as("the demo's requests were counted").isPositive();
		assertThat(maple.figures().charterActions()).isPositive();

		impact.rebuild();

		assertThat(impact.everyCommunity(everything)).isEqualTo(fromEvents);
	}

	/** Listeners run after the event, on their own thread: wait until what they wrote shows. */
	private void awaitRequests(Figures.Requests expected) {
		await().atMost(WAIT).untilAsserted(() -> assertThat(impact.dashboard(community, quarter()).now().requests())
			.isEqualTo(expected));
	}

	private HelpRequested requested(HelpKind kind, Instant posted, Instant starts) {
		var request = new HelpRequested(community, circle, new RequestId(UUID.randomUUID()), kind, kind.domain(),
				starts, starts.plus(Duration.ofHours(1)), posted);
		listeners.on(request);
		return request;
	}

	private Period quarter() {
		return Period.lastQuarter(LocalDate.now(clock));
	}
}
