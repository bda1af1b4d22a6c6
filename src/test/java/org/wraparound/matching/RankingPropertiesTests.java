package org.wraparound.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wraparound.accounts.AccountId;
import org.wraparound.helping.HelpKind;
import org.wraparound.helping.RequestId;

/**
 * Properties of ranking over seeded random communities. The eligibility check here is written independently of
 * {@link HardFilters}: it walks the request in quarter hours and uses the textbook haversine formula.
 */
class RankingPropertiesTests {

	static Stream<Long> seeds() {
		return LongStream.rangeClosed(1, 30).boxed();
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void onlyEligibleVolunteersAreRankedAndEveryEligibleOneIs(long seed) {
		SeededCommunity community = new SeededCommunity(seed, 30);
		List<Candidate> volunteers = community.volunteers(300, true);
		Map<AccountId, Candidate> byAccount = volunteers.stream()
			.collect(Collectors.toMap(Candidate::account, Function.identity()));
		CandidateGrid grid = new CandidateGrid(volunteers);
		for (int r = 0; r < 20; r++) {
			MatchRequest request = community.request(volunteers);
			List<Ranked> ranked = grid.rank(request, 1000);
			for (Ranked one : ranked) {
				assertThat(eligible(byAccount.get(one.account()), request, 1e-6))
					.as("seed %d: %s ranked for %s", seed, one.account(), request).isTrue();
			}
			long clearlyEligible = volunteers.stream().filter(v -> eligible(v, request, -1e-6)).count();
			assertThat((long) ranked.size()).as("seed %d", seed).isGreaterThanOrEqualTo(clearlyEligible);
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void theSameInputGivesTheSameRankingWhateverTheOrderOfVolunteers(long seed) {
		SeededCommunity community = new SeededCommunity(seed, 30);
		List<Candidate> volunteers = community.volunteers(300, true);
		List<Candidate> shuffled = new ArrayList<>(volunteers);
		Collections.shuffle(shuffled, new Random(seed));
		for (int r = 0; r < 20; r++) {
			MatchRequest request = community.request(volunteers);
			List<Ranked> first = new CandidateGrid(volunteers).rank(request, 10);
			assertThat(new CandidateGrid(shuffled).rank(request, 10)).isEqualTo(first);
			assertThat(new FullScan(shuffled).rank(request, 10)).isEqualTo(first);
			assertThat(new CandidateGrid(volunteers).rank(request, 10)).isEqualTo(first);
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void theGridFindsTheSameTopTenAsTheScan(long seed) {
		SeededCommunity community = new SeededCommunity(seed, 80);
		List<Candidate> volunteers = community.volunteers(3000, true);
		FullScan scan = new FullScan(volunteers);
		List<CandidateGrid> grids = List.of(new CandidateGrid(volunteers), new CandidateGrid(volunteers, 0.7),
				new CandidateGrid(volunteers, 9));
		int nonEmpty = 0;
		for (int r = 0; r < 30; r++) {
			MatchRequest request = community.request(volunteers);
			List<Ranked> expected = scan.rank(request, 10);
			nonEmpty += expected.isEmpty() ? 0 : 1;
			for (CandidateGrid grid : grids) {
				assertThat(grid.rank(request, 10)).as("seed %d request %d", seed, r).isEqualTo(expected);
			}
		}
		assertThat(nonEmpty).as("most requests find someone, or this test proves little").isGreaterThan(15);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void loadSpreadsAmongEquallyGoodVolunteers(long seed) {
		SeededCommunity community = new SeededCommunity(seed, 10);
		Candidate template = community.volunteer(false);
		Random random = new Random(seed);
		List<Candidate> volunteers = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			// up to about 200 m apart: a little nearer must not win over a lighter load
			volunteers.add(new Candidate(new AccountId(new UUID(random.nextLong(), i)), template.community(),
					template.latitude() + (random.nextDouble() - 0.5) * 0.002,
					template.longitude() + (random.nextDouble() - 0.5) * 0.002, 25, template.languages(),
					Set.of(HelpKind.MEAL), false, false, Slots.ALL, List.of(), 100, template.interests(), 0, List.of(),
					Map.of()));
		}
		int placed = 0;
		for (int r = 0; r < 240; r++) {
			Instant startsAt = SeededCommunity.FIRST_DAY.plusDays(r / 8)
				.atTime(9 + r % 8, 0)
				.atZone(SeededCommunity.ZONE)
				.toInstant();
			MatchRequest request = new MatchRequest(new RequestId(new UUID(seed, r)), template.community(),
					template.latitude(), template.longitude(), HelpKind.MEAL, false, startsAt,
					startsAt.plus(Duration.ofMinutes(30)), SeededCommunity.ZONE, SeededCommunity.PEOPLE.get(0), "Maria",
					template.languages(), Preferences.NONE);
			List<Ranked> ranked = new CandidateGrid(volunteers).rank(request, 1);
			assertThat(ranked).hasSize(1);
			AccountId chosen = ranked.get(0).account();
			volunteers.replaceAll(v -> v.account().equals(chosen) ? committed(v, request) : v);
			placed++;
		}
		IntSummaryStatistics load = volunteers.stream().mapToInt(Candidate::recentCommitments).summaryStatistics();
		assertThat(load.getSum()).isEqualTo(placed);
		assertThat(load.getMax() - load.getMin()).as("seed %d: %s", seed, load).isLessThanOrEqualTo(1);
	}

	private static Candidate committed(Candidate v, MatchRequest request) {
		List<Busy> busy = new ArrayList<>(v.committedAt());
		busy.add(new Busy(request.startsAt(), request.endsAt()));
		return new Candidate(v.account(), v.community(), v.latitude(), v.longitude(), v.travelKm(), v.languages(),
				v.kinds(), v.drives(), v.wheelchairVehicle(), v.availability(), v.away(), v.weeklyLimit(), v.interests(),
				v.recentCommitments() + 1, busy, v.history());
	}

	/** Eligible, with {@code slackKm} of tolerance on the travel radius (negative: strictly inside it). */
	static boolean eligible(Candidate v, MatchRequest request, double slackKm) {
		if (!v.kinds().contains(request.kind()) || (request.kind() == HelpKind.RIDE && !v.drives())
				|| (request.needsWheelchairVehicle() && !v.wheelchairVehicle())) {
			return false;
		}
		if (v.languages().stream().noneMatch(request.languages()::contains)) {
			return false;
		}
		if (haversineKm(v.latitude(), v.longitude(), request.latitude(), request.longitude()) > v.travelKm() + slackKm) {
			return false;
		}
		for (Instant at = request.startsAt(); at.isBefore(request.endsAt()); at = at.plus(Duration.ofMinutes(15))) {
			ZonedDateTime local = at.atZone(request.zone());
			Optional<PartOfDay> part = PartOfDay.at(local.toLocalTime());
			LocalDate day = local.toLocalDate();
			if (part.isEmpty() || !v.availability().contains(new Slot(local.getDayOfWeek(), part.get()))
					|| v.away().stream().anyMatch(away -> !day.isBefore(away.from()) && !day.isAfter(away.to()))) {
				return false;
			}
		}
		if (v.committedAt().stream()
			.anyMatch(b -> b.startsAt().isBefore(request.endsAt()) && request.startsAt().isBefore(b.endsAt()))) {
			return false;
		}
		ZonedDateTime start = request.startsAt().atZone(request.zone());
		long sameWeek = v.committedAt().stream().map(b -> b.startsAt().atZone(request.zone()))
			.filter(b -> b.get(IsoFields.WEEK_BASED_YEAR) == start.get(IsoFields.WEEK_BASED_YEAR)
					&& b.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
			.count();
		return sameWeek < v.weeklyLimit();
	}

	static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1);
		double dLon = Math.toRadians(lon2 - lon1);
		double h = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * Geo.EARTH_KM * Math.asin(Math.sqrt(h));
	}
}
