package org.wraparound.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.wraparound.accounts.AccountId;
import org.wraparound.helping.HelpKind;
import org.wraparound.helping.RequestId;

/**
 * Properties of offering over seeded random communities: many requests arrive, each is offered to the best three
 * by the ranking and {@link OfferPicks} (skipping those offered it before and those holding an overlapping open
 * offer), and a little later one of those offered says yes first. Eligibility is checked by the independent oracle of
 * {@link RankingPropertiesTests}.
 */
class OfferPropertiesTests {

	private static final int OFFERS = 3;

	/** How many later requests arrive before one of those offered a request answers it. */
	private static final int ANSWER_LAG = 6;

	static Stream<Long> seeds() {
		return LongStream.rangeClosed(1, 25).boxed();
	}

	private record Offered(MatchRequest request, List<AccountId> offered, AccountId accepted) {
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void neverAnOfferToSomeoneFailingAHardFilterNorADoubleBooking(long seed) {
		Simulation simulation = new Simulation(seed);
		List<Offered> history = simulation.run(80);
		assertThat(history.stream().filter(one -> !one.offered().isEmpty()).count())
			.as("seed %d: most requests are offered to someone, or this test proves little", seed)
			.isGreaterThan(40);
		for (Offered one : history) {
			assertThat(Set.copyOf(one.offered())).as("no one is offered a request twice").hasSameSizeAs(one.offered());
			assertThat(one.offered().size()).isLessThanOrEqualTo(OFFERS);
		}
		// Commitments made by the simulation never overlap another commitment of the same volunteer.
		simulation.made.forEach((account, made) -> {
			Candidate now = simulation.volunteers.get(account);
			for (Busy mine : made) {
				long overlapping = now.committedAt().stream()
					.filter(other -> other.overlaps(mine.startsAt(), mine.endsAt())).count();
				assertThat(overlapping).as("seed %d: %s is booked twice at %s", seed, account, mine).isEqualTo(1);
			}
		});
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void theSameInputGivesTheSameOffers(long seed) {
		assertThat(new Simulation(seed).run(40)).isEqualTo(new Simulation(seed).run(40));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void offersSpreadTheLoadAmongEquallyGoodVolunteers(long seed) {
		SeededCommunity community = new SeededCommunity(seed, 10);
		Candidate template = community.volunteer(false);
		Random random = new Random(seed);
		List<Candidate> volunteers = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			volunteers.add(new Candidate(new AccountId(new UUID(random.nextLong(), i)), template.community(),
					template.latitude() + (random.nextDouble() - 0.5) * 0.002,
					template.longitude() + (random.nextDouble() - 0.5) * 0.002, 25, template.languages(),
					Set.of(HelpKind.MEAL), false, false, Slots.ALL, List.of(), 100, template.interests(), 0, List.of(),
					Map.of()));
		}
		for (int r = 0; r < 240; r++) {
			Instant startsAt = SeededCommunity.FIRST_DAY.plusDays(r / 8).atTime(9 + r % 8, 0)
				.atZone(SeededCommunity.ZONE).toInstant();
			MatchRequest request = new MatchRequest(new RequestId(new UUID(seed, r)), template.community(),
					template.latitude(), template.longitude(), HelpKind.MEAL, false, startsAt,
					startsAt.plus(Duration.ofMinutes(30)), SeededCommunity.ZONE, SeededCommunity.PEOPLE.get(0), "Maria",
					template.languages(), Preferences.NONE);
			List<Ranked> offered = OfferPicks.next(new CandidateGrid(volunteers).rank(request, OFFERS), Set.of(),
					OFFERS);
			assertThat(offered).hasSize(OFFERS);
			// Whichever of the three says yes first gets it.
			AccountId first = offered.get(random.nextInt(OFFERS)).account();
			volunteers.replaceAll(v -> v.account().equals(first) ? Simulation.committed(v, request) : v);
		}
		IntSummaryStatistics load = volunteers.stream().mapToInt(Candidate::recentCommitments).summaryStatistics();
		assertThat(load.getSum()).isEqualTo(240);
		assertThat(load.getMax() - load.getMin()).as("seed %d: %s", seed, load).isLessThanOrEqualTo(3);
	}

	/** Requests arriving one after another in a seeded community, offered and answered as the service does. */
	private static final class Simulation {

		final Map<AccountId, Candidate> volunteers = new LinkedHashMap<>();

		final Map<AccountId, List<Busy>> made = new HashMap<>();

		private final SeededCommunity community;

		private final Random answers;

		private final List<Candidate> seeded;

		Simulation(long seed) {
			this.community = new SeededCommunity(seed, 8);
			this.answers = new Random(seed * 31);
			this.seeded = community.volunteers(250, true);
			seeded.forEach(v -> volunteers.put(v.account(), v));
		}

		List<Offered> run(int requests) {
			List<MatchRequest> asked = new ArrayList<>();
			List<List<AccountId>> open = new ArrayList<>();
			List<Offered> history = new ArrayList<>();
			for (int r = 0; r < requests + ANSWER_LAG; r++) {
				if (r < requests) {
					MatchRequest request = crowded(community.request(seeded));
					Set<AccountId> skip = new HashSet<>();
					for (int earlier = Math.max(0, r - ANSWER_LAG); earlier < r; earlier++) {
						MatchRequest other = asked.get(earlier);
						if (other.startsAt().isBefore(request.endsAt()) && request.startsAt().isBefore(other.endsAt())) {
							skip.addAll(open.get(earlier));
						}
					}
					List<Ranked> ranked = new CandidateGrid(List.copyOf(volunteers.values())).rank(request,
							OFFERS + skip.size());
					List<AccountId> offered = OfferPicks.next(ranked, skip, OFFERS).stream().map(Ranked::account)
						.toList();
					for (AccountId account : offered) {
						assertThat(RankingPropertiesTests.eligible(volunteers.get(account), request, 1e-6))
							.as("%s offered %s", account, request).isTrue();
					}
					asked.add(request);
					open.add(offered);
				}
				int answered = r - ANSWER_LAG;
				if (answered >= 0) {
					history.add(answer(asked.get(answered), open.get(answered)));
					open.set(answered, List.of());
				}
			}
			return history;
		}

		/** The same request moved into two busy days, so that requests often overlap and the rules are tried. */
		private MatchRequest crowded(MatchRequest request) {
			Instant startsAt = SeededCommunity.FIRST_DAY.plusDays(answers.nextInt(2))
				.atTime(9 + answers.nextInt(7), 15 * answers.nextInt(4)).atZone(SeededCommunity.ZONE).toInstant();
			return new MatchRequest(request.request(), request.community(), request.latitude(), request.longitude(),
					request.kind(), request.needsWheelchairVehicle(), startsAt,
					startsAt.plus(Duration.ofMinutes(60 + 15 * answers.nextInt(5))), request.zone(), request.person(),
					request.personName(), request.languages(), request.preferences());
		}

		private Offered answer(MatchRequest request, List<AccountId> offered) {
			if (offered.isEmpty()) {
				return new Offered(request, offered, null);
			}
			AccountId first = offered.get(answers.nextInt(offered.size()));
			Candidate volunteer = volunteers.get(first);
			volunteers.put(first, committed(volunteer, request));
			made.computeIfAbsent(first, account -> new ArrayList<>())
				.add(new Busy(request.startsAt(), request.endsAt()));
			return new Offered(request, offered, first);
		}

		static Candidate committed(Candidate v, MatchRequest request) {
			List<Busy> busy = new ArrayList<>(v.committedAt());
			busy.add(new Busy(request.startsAt(), request.endsAt()));
			return new Candidate(v.account(), v.community(), v.latitude(), v.longitude(), v.travelKm(), v.languages(),
					v.kinds(), v.drives(), v.wheelchairVehicle(), v.availability(), v.away(), v.weeklyLimit(),
					v.interests(), v.recentCommitments() + 1, busy, v.history());
		}
	}
}
