package org.wraparound.matching;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.helping.HelpKind;
import org.wraparound.helping.RequestId;

/**
 * Random but reproducible volunteers and requests for one community: volunteers spread over a square of
 * {@code sizeKm} around Ottawa, travel radii 2–25 km, about a third of part-days free, one or two of three
 * languages, a few commitments, days away and past help in the four weeks that requests fall in.
 */
final class SeededCommunity {

	static final CommunityId COMMUNITY = new CommunityId(new UUID(0, 6));

	static final ZoneId ZONE = ZoneId.of("America/Toronto");

	static final double LATITUDE = 45.42;

	static final double LONGITUDE = -75.69;

	/** Monday 7 December 2026: requests and commitments fall in the four weeks from here. */
	static final LocalDate FIRST_DAY = LocalDate.of(2026, 12, 7);

	static final List<String> LANGUAGES = List.of("en", "fr", "es");

	static final List<String> INTERESTS = List.of("gardening", "music", "cooking", "hockey", "books", "birds");

	static final List<UUID> PEOPLE = List.of(new UUID(1, 1), new UUID(1, 2), new UUID(1, 3), new UUID(1, 4));

	private final Random random;

	private final double sizeKm;

	SeededCommunity(long seed, double sizeKm) {
		this.random = new Random(seed);
		this.sizeKm = sizeKm;
	}

	/** Volunteers with commitments, days away and history ({@code busy}), or bare ones for the benchmark. */
	List<Candidate> volunteers(int count, boolean busy) {
		List<Candidate> volunteers = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			volunteers.add(volunteer(busy));
		}
		return volunteers;
	}

	Candidate volunteer(boolean busy) {
		double[] at = point();
		Set<HelpKind> kinds = EnumSet.noneOf(HelpKind.class);
		for (HelpKind kind : HelpKind.values()) {
			if (random.nextInt(2) == 0) {
				kinds.add(kind);
			}
		}
		boolean drives = random.nextInt(3) > 0;
		Set<Slot> availability = new HashSet<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			for (PartOfDay part : PartOfDay.values()) {
				if (random.nextInt(3) == 0) {
					availability.add(new Slot(day, part));
				}
			}
		}
		List<DateRange> away = new ArrayList<>();
		List<Busy> committed = new ArrayList<>();
		Map<UUID, Continuity> history = new HashMap<>();
		if (busy) {
			if (random.nextInt(5) == 0) {
				LocalDate from = FIRST_DAY.plusDays(random.nextInt(28));
				away.add(new DateRange(from, from.plusDays(random.nextInt(6))));
			}
			for (int c = random.nextInt(5); c > 0; c--) {
				Instant startsAt = moment();
				committed.add(new Busy(startsAt, startsAt.plus(Duration.ofMinutes(30 + 15 * random.nextInt(8)))));
			}
			for (UUID person : PEOPLE) {
				if (random.nextInt(6) == 0) {
					int helped = 1 + random.nextInt(4);
					history.put(person, new Continuity(helped, random.nextInt(helped + 1)));
				}
			}
		}
		return new Candidate(new AccountId(new UUID(random.nextLong(), random.nextLong())), COMMUNITY, at[0], at[1],
				2 + random.nextDouble() * 23, languages(), kinds, drives, drives && random.nextInt(8) == 0,
				availability, away, busy ? random.nextInt(6) : 1 + random.nextInt(5), someOf(INTERESTS, 3), busy ? random.nextInt(6) : 0,
				committed, history);
	}

	/** A request somewhere in the square, mostly in the day, sometimes reaching into the night. */
	MatchRequest request(List<Candidate> volunteers) {
		double[] at = point();
		HelpKind kind = random.nextInt(3) == 0 ? HelpKind.RIDE : HelpKind.values()[random.nextInt(HelpKind.values().length)];
		Instant startsAt = moment();
		Set<AccountId> helpers = new HashSet<>();
		if (!volunteers.isEmpty() && random.nextInt(3) == 0) {
			helpers.add(volunteers.get(random.nextInt(volunteers.size())).account());
		}
		Optional<String> language = random.nextBoolean() ? Optional.of(LANGUAGES.get(random.nextInt(3))) : Optional.empty();
		return new MatchRequest(new RequestId(new UUID(random.nextLong(), random.nextLong())), COMMUNITY, at[0], at[1],
				kind, kind == HelpKind.RIDE && random.nextInt(6) == 0, startsAt,
				startsAt.plus(Duration.ofMinutes(30 + 15 * random.nextInt(12))), ZONE,
				PEOPLE.get(random.nextInt(PEOPLE.size())), "Maria", languages(),
				new Preferences(helpers, language, someOf(INTERESTS, 2)));
	}

	/** A start on a quarter hour between 06:00 and 21:45 on one of the 28 days. */
	private Instant moment() {
		LocalTime time = LocalTime.of(6, 0).plusMinutes(15L * random.nextInt(64));
		return FIRST_DAY.plusDays(random.nextInt(28)).atTime(time).atZone(ZONE).toInstant();
	}

	private double[] point() {
		double north = (random.nextDouble() - 0.5) * sizeKm;
		double east = (random.nextDouble() - 0.5) * sizeKm;
		double kmPerDegree = Geo.EARTH_KM * Math.PI / 180;
		return new double[] { LATITUDE + north / kmPerDegree,
				LONGITUDE + east / (kmPerDegree * Math.cos(Math.toRadians(LATITUDE))) };
	}

	private Set<String> languages() {
		Set<String> spoken = new HashSet<>();
		spoken.add(LANGUAGES.get(random.nextInt(3)));
		if (random.nextInt(3) == 0) {
			spoken.add(LANGUAGES.get(random.nextInt(3)));
		}
		return spoken;
	}

	private Set<String> someOf(List<String> pool, int atMost) {
		Set<String> some = new HashSet<>();
		for (int i = random.nextInt(atMost + 1); i > 0; i--) {
			some.add(pool.get(random.nextInt(pool.size())));
		}
		return some;
	}
}
