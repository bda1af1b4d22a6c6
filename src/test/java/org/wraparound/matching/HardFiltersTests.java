package org.wraparound.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.helping.HelpKind;
import org.wraparound.helping.RequestId;

class HardFiltersTests {

	static final ZoneId TORONTO = ZoneId.of("America/Toronto");

	static final CommunityId COMMUNITY = new CommunityId(new UUID(0, 6));

	/** Thursday 10 December 2026. */
	static final LocalDate THURSDAY = LocalDate.of(2026, 12, 10);

	@Test
	void aRequestNeedsEveryPartOfDayItCoversAndNobodyIsFreeAtNight() {
		assertThat(facts(THURSDAY.atTime(11, 0), THURSDAY.atTime(12, 0)).slots())
			.containsExactly(new Slot(DayOfWeek.THURSDAY, PartOfDay.MORNING));
		assertThat(facts(THURSDAY.atTime(11, 30), THURSDAY.atTime(12, 30)).slots()).containsExactlyInAnyOrder(
				new Slot(DayOfWeek.THURSDAY, PartOfDay.MORNING), new Slot(DayOfWeek.THURSDAY, PartOfDay.AFTERNOON));
		assertThat(facts(THURSDAY.atTime(21, 0), THURSDAY.atTime(22, 0)).withinPartDays()).isTrue();
		assertThat(facts(THURSDAY.atTime(21, 30), THURSDAY.atTime(22, 30)).withinPartDays()).isFalse();
		assertThat(facts(THURSDAY.atTime(5, 30), THURSDAY.atTime(6, 30)).withinPartDays()).isFalse();
	}

	@Test
	void partsOfDayAreReadInTheCommunitysZone() {
		Candidate morningsOnly = volunteer(Set.of(new Slot(DayOfWeek.THURSDAY, PartOfDay.MORNING)));
		RequestFacts nineInToronto = facts(THURSDAY.atTime(9, 0), THURSDAY.atTime(10, 0));
		assertThat(nineInToronto.request().startsAt()).isEqualTo(Instant.parse("2026-12-10T14:00:00Z"));
		assertThat(HardFilters.freeThen(morningsOnly, nineInToronto)).isTrue();
		assertThat(HardFilters.freeThen(morningsOnly, facts(THURSDAY.atTime(14, 0), THURSDAY.atTime(15, 0)))).isFalse();
	}

	@Test
	void daysAwayCountBothEnds() {
		RequestFacts thursday = facts(THURSDAY.atTime(9, 0), THURSDAY.atTime(10, 0));
		assertThat(HardFilters.freeThen(away(THURSDAY, THURSDAY.plusDays(3)), thursday)).isFalse();
		assertThat(HardFilters.freeThen(away(THURSDAY.minusDays(3), THURSDAY), thursday)).isFalse();
		assertThat(HardFilters.freeThen(away(THURSDAY.plusDays(1), THURSDAY.plusDays(3)), thursday)).isTrue();
	}

	@Test
	void anOverlappingCommitmentIsABarButOneEndingAsTheRequestStartsIsNot() {
		RequestFacts nine = facts(THURSDAY.atTime(9, 0), THURSDAY.atTime(10, 0));
		assertThat(HardFilters.freeThen(busy(2, at(THURSDAY.atTime(9, 30)), at(THURSDAY.atTime(11, 0))), nine))
			.isFalse();
		assertThat(HardFilters.freeThen(busy(2, at(THURSDAY.atTime(8, 0)), at(THURSDAY.atTime(9, 0))), nine)).isTrue();
	}

	@Test
	void theWeeklyLimitCountsCommitmentsInTheSameIsoWeek() {
		RequestFacts thursday = facts(THURSDAY.atTime(9, 0), THURSDAY.atTime(10, 0));
		Instant monday = at(THURSDAY.minusDays(3).atTime(18, 0));
		Instant sundayBefore = at(THURSDAY.minusDays(4).atTime(18, 0));
		assertThat(HardFilters.freeThen(busy(1, monday, monday.plusSeconds(3600)), thursday)).isFalse();
		assertThat(HardFilters.freeThen(busy(2, monday, monday.plusSeconds(3600)), thursday)).isTrue();
		assertThat(HardFilters.freeThen(busy(1, sundayBefore, sundayBefore.plusSeconds(3600)), thursday)).isTrue();
	}

	@Test
	void aRideNeedsADriverAndAWheelchairRideASuitableVehicle() {
		MatchRequest ride = request(HelpKind.RIDE, false);
		MatchRequest wheelchairRide = request(HelpKind.RIDE, true);
		Candidate walker = able(Set.of(HelpKind.RIDE), false, false);
		Candidate driver = able(Set.of(HelpKind.RIDE), true, false);
		Candidate van = able(Set.of(HelpKind.RIDE), true, true);
		assertThat(HardFilters.canDoKind(walker, ride)).isFalse();
		assertThat(HardFilters.canDoKind(driver, ride)).isTrue();
		assertThat(HardFilters.canDoKind(driver, wheelchairRide)).isFalse();
		assertThat(HardFilters.canDoKind(van, wheelchairRide)).isTrue();
		assertThat(HardFilters.canDoKind(able(Set.of(HelpKind.MEAL), true, true), ride)).isFalse();
	}

	@Test
	void aSharedLanguageIsNeededWhateverItsCase() {
		MatchRequest french = request(HelpKind.MEAL, false);
		assertThat(HardFilters.speaksWith(able(Set.of(HelpKind.MEAL), false, false), french)).isTrue();
		Candidate english = new Candidate(new AccountId(new UUID(2, 2)), COMMUNITY, 45.42, -75.69, 5, Set.of("en"),
				Set.of(HelpKind.MEAL), false, false, Slots.ALL, List.of(), 3, Set.of(), 0, List.of(), Map.of());
		assertThat(HardFilters.speaksWith(english, french)).isFalse();
	}

	@Test
	void theTravelRadiusIsAGreatCircleDistance() {
		// two points in Ottawa about a kilometre apart, and one degree of latitude
		double km = Geo.km(Geo.unit(45.4236, -75.7009), Geo.unit(45.4301, -75.7092));
		assertThat(km).isBetween(0.9, 1.0);
		assertThat(RankingPropertiesTests.haversineKm(45.4236, -75.7009, 45.4301, -75.7092)).isCloseTo(km,
				org.assertj.core.api.Assertions.within(1e-9));
		assertThat(Geo.km(Geo.unit(45.42, -75.69), Geo.unit(45.42 + 1, -75.69))).isCloseTo(111.195,
				org.assertj.core.api.Assertions.within(0.001));
	}

	static RequestFacts facts(LocalDateTime from, LocalDateTime to) {
		return RequestFacts.of(new MatchRequest(new RequestId(new UUID(3, 3)), COMMUNITY, 45.42, -75.69,
				HelpKind.MEAL, false, at(from), at(to), TORONTO, new UUID(1, 1), "Maria", Set.of("fr"),
				Preferences.NONE));
	}

	static MatchRequest request(HelpKind kind, boolean wheelchair) {
		return new MatchRequest(new RequestId(new UUID(3, 3)), COMMUNITY, 45.42, -75.69, kind, wheelchair,
				at(THURSDAY.atTime(9, 0)), at(THURSDAY.atTime(10, 0)), TORONTO, new UUID(1, 1), "Maria",
				Set.of("FR ", "es"), new Preferences(Set.of(), Optional.empty(), Set.of()));
	}

	static Instant at(LocalDateTime local) {
		return local.atZone(TORONTO).toInstant();
	}

	private static Candidate volunteer(Set<Slot> availability) {
		return new Candidate(new AccountId(new UUID(2, 1)), COMMUNITY, 45.42, -75.69, 5, Set.of("fr"),
				Set.of(HelpKind.MEAL), false, false, availability, List.of(), 3, Set.of(), 0, List.of(), Map.of());
	}

	private static Candidate away(LocalDate from, LocalDate to) {
		return new Candidate(new AccountId(new UUID(2, 1)), COMMUNITY, 45.42, -75.69, 5, Set.of("fr"),
				Set.of(HelpKind.MEAL), false, false, Slots.ALL, List.of(new DateRange(from, to)), 3, Set.of(), 0,
				List.of(), Map.of());
	}

	private static Candidate busy(int weeklyLimit, Instant from, Instant to) {
		return new Candidate(new AccountId(new UUID(2, 1)), COMMUNITY, 45.42, -75.69, 5, Set.of("fr"),
				Set.of(HelpKind.MEAL), false, false, Slots.ALL, List.of(), weeklyLimit, Set.of(), 1,
				List.of(new Busy(from, to)), Map.of());
	}

	private static Candidate able(Set<HelpKind> kinds, boolean drives, boolean wheelchair) {
		return new Candidate(new AccountId(new UUID(2, 1)), COMMUNITY, 45.42, -75.69, 5, Set.of("Fr"), kinds, drives,
				wheelchair, Slots.ALL, List.of(), 3, Set.of(), 0, List.of(), Map.of());
	}
}
