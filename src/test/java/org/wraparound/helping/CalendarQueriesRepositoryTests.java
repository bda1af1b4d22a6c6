package org.wraparound.helping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wraparound.DatabaseTest;
import org.wraparound.TestClock;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.circles.CircleId;
import org.wraparound.circles.CircleManagement;

/** The calendar's query on H2 and PostgreSQL: the time range, the filters and "yours" in one statement. */
@DatabaseTest
class CalendarQueriesRepositoryTests {

	private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	@Autowired
	CalendarQueries queries;

	@Autowired
	HelpRequests help;

	@Autowired
	AccountManagement accounts;

	@Autowired
	CircleManagement circles;

	@Autowired
	TestClock clock;

	@Test
	void findsTheRangeSoonestFirstWithTheFiltersAndWhatTheViewerTook() {
		AccountId maria = accounts.findByEmail("member@wraparound.example").orElseThrow().id();
		AccountId sam = accounts.findByEmail("volunteer@wraparound.example").orElseThrow().id();
		CircleId circle = circles.circlesOf(maria).stream().filter(c -> c.personName().equals("Maggie")).findFirst()
			.orElseThrow().id();
		RequestId lateRide = post(circle, maria, HelpKind.RIDE, at(2036, 9, 30, 23), 1);
		RequestId meal = post(circle, maria, HelpKind.MEAL, at(2036, 9, 2, 12), 2);
		RequestId takenMeal = post(circle, maria, HelpKind.MEAL, at(2036, 9, 1, 12), 1);
		post(circle, maria, HelpKind.MEAL, at(2036, 10, 1, 0), 1);
		post(circle, maria, HelpKind.MEAL, at(2036, 8, 31, 23), 1);
		assertThat(help.claim(takenMeal, sam)).isEqualTo(ClaimResult.CLAIMED);
		Instant from = at(2036, 9, 1, 0);
		Instant until = at(2036, 10, 1, 0);
		Instant now = clock.instant();

		List<CalendarEntry> all = queries.between(circle.value(), from, until, CalendarFilter.ALL, sam, now);
		assertThat(all).extracting(CalendarEntry::id).containsExactly(takenMeal, meal, lateRide);
		assertThat(all.get(0).yours()).isTrue();
		assertThat(all.get(0).stillNeeded()).isZero();
		assertThat(all.get(1).yours()).isFalse();
		assertThat(all.get(1).stillNeeded()).isEqualTo(2);
		assertThat(queries.between(circle.value(), from, until, CalendarFilter.ALL, maria, now))
			.noneMatch(CalendarEntry::yours);

		var meals = new CalendarFilter(Optional.of(HelpKind.MEAL), false);
		assertThat(queries.between(circle.value(), from, until, meals, sam, now)).extracting(CalendarEntry::id)
			.containsExactly(takenMeal, meal);
		var needed = new CalendarFilter(Optional.of(HelpKind.MEAL), true);
		assertThat(queries.between(circle.value(), from, until, needed, sam, now)).extracting(CalendarEntry::id)
			.containsExactly(meal);
		// Once it is over, nobody can help any more.
		assertThat(queries.between(circle.value(), from, until, needed, sam, at(2036, 12, 1, 0))).isEmpty();
		assertThat(queries.between(circle.value(), from, until, CalendarFilter.ALL, sam, at(2036, 12, 1, 0)))
			.allMatch(CalendarEntry::ended);
	}

	private RequestId post(CircleId circle, AccountId by, HelpKind kind, Instant start, int helpers) {
		return help.post(new PostHelpRequest(circle, by, kind, start, start.plusSeconds(1800), helpers, null, null))
			.orElseThrow();
	}

	private static Instant at(int year, int month, int day, int hour) {
		return LocalDateTime.of(year, month, day, hour, 0).atZone(TORONTO).toInstant();
	}
}
