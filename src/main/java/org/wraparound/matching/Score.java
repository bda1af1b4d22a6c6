package org.wraparound.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The score of an eligible volunteer, in points: closer is better, continuity with the person counts, so do the
 * person's own preferences and shared interests. Each recent commitment costs a fixed number of points, more than a
 * few hundred metres of distance is worth, so among volunteers otherwise equally good the load spreads evenly.
 */
final class Score {

	static final double NEAR = 30;

	static final double CONTINUITY = 10;

	static final double THANKED = 10;

	static final double ASKED_FOR = 40;

	static final double LANGUAGE_PREFERRED = 10;

	static final double RESTED = 20;

	static final double PER_RECENT_COMMITMENT = 4;

	static final double INTEREST = 5;

	private Score() {
	}

	static double of(Candidate candidate, MatchRequest request, double km) {
		Preferences preferences = request.preferences();
		int shared = 0;
		for (String interest : preferences.interests()) {
			if (candidate.interests().contains(interest)) {
				shared++;
			}
		}
		return of(km, candidate.with(request.person()), preferences.helpers().contains(candidate.account()),
				preferences.language().isPresent() && candidate.languages().contains(preferences.language().get()),
				candidate.recentCommitments(), shared);
	}

	/** The score from its parts, so that the grid can work them out from its arrays with the very same sums. */
	static double of(double km, Continuity before, boolean askedFor, boolean speaksPreferred, int recentCommitments,
			int sharedInterests) {
		double score = NEAR / (1 + km / 5);
		if (before.helped() > 0) {
			score += CONTINUITY + 5 * Math.min(before.helped(), 4);
		}
		if (before.thanked() > 0) {
			score += THANKED;
		}
		if (askedFor) {
			score += ASKED_FOR;
		}
		if (speaksPreferred) {
			score += LANGUAGE_PREFERRED;
		}
		score += RESTED - PER_RECENT_COMMITMENT * recentCommitments;
		return score + INTEREST * Math.min(sharedInterests, 3);
	}

	/** Why, in the order a coordinator reads it: distance, language, continuity, choice, interests, load. */
	static List<Reason> reasons(Candidate candidate, MatchRequest request, double km) {
		List<Reason> reasons = new ArrayList<>();
		reasons.add(Reason.of("matching.reason.distance", BigDecimal.valueOf(km).setScale(1, RoundingMode.HALF_UP)));
		reasons.add(Reason.of("matching.reason.speaks", Reason.language(sharedLanguage(candidate, request))));
		Continuity before = candidate.with(request.person());
		if (before.helped() > 0) {
			reasons.add(Reason.of("matching.reason.helped", request.personName(), before.helped()));
		}
		if (before.thanked() > 0) {
			reasons.add(Reason.of("matching.reason.thanked", request.personName()));
		}
		if (request.preferences().helpers().contains(candidate.account())) {
			reasons.add(Reason.of("matching.reason.asked-for", request.personName()));
		}
		TreeSet<String> interests = sharedInterests(candidate, request.preferences());
		if (!interests.isEmpty()) {
			reasons.add(Reason.of("matching.reason.interests", String.join(", ", interests)));
		}
		reasons.add(candidate.recentCommitments() == 0 ? Reason.of("matching.reason.rested")
				: Reason.of("matching.reason.recent", candidate.recentCommitments()));
		return reasons;
	}

	/** The person's preferred language when the volunteer speaks it, else the first shared one by code. */
	static String sharedLanguage(Candidate candidate, MatchRequest request) {
		Optional<String> preferred = request.preferences().language().filter(candidate.languages()::contains);
		if (preferred.isPresent()) {
			return preferred.get();
		}
		return new TreeSet<>(request.languages()).stream().filter(candidate.languages()::contains).findFirst()
			.orElseThrow(() -> new IllegalStateException("Reasons are only given for eligible volunteers"));
	}

	private static TreeSet<String> sharedInterests(Candidate candidate, Preferences preferences) {
		TreeSet<String> shared = new TreeSet<>();
		for (String interest : preferences.interests()) {
			if (candidate.interests().contains(interest)) {
				shared.add(interest);
			}
		}
		return shared;
	}
}
