package org.wraparound.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the best {@code limit} eligible volunteers seen so far. Higher score first, ties broken by account id, so
 * the order is total and the same input always gives the same ranking, whichever order candidates arrive in.
 */
final class TopRanks {

	private record Entry(Candidate candidate, double km, double score) {
	}

	private static final Comparator<Entry> BEST_FIRST = Comparator.comparingDouble(Entry::score)
		.reversed()
		.thenComparing(entry -> entry.candidate().account().value());

	private final MatchRequest request;

	private final int limit;

	private final PriorityQueue<Entry> worstFirst;

	TopRanks(MatchRequest request, int limit) {
		this.request = request;
		this.limit = limit;
		this.worstFirst = new PriorityQueue<>(Math.max(1, Math.min(limit, 64) + 1), BEST_FIRST.reversed());
	}

	/** Offers an eligible candidate {@code km} away from the request. */
	void offer(Candidate candidate, double km) {
		offer(candidate, km, Score.of(candidate, request, km));
	}

	/** Offers an eligible candidate whose {@link Score} is already known. */
	void offer(Candidate candidate, double km, double score) {
		if (limit <= 0) {
			return;
		}
		if (worstFirst.size() < limit) {
			worstFirst.add(new Entry(candidate, km, score));
			return;
		}
		Entry worst = worstFirst.peek();
		if (score < worst.score()) {
			return;
		}
		Entry entry = new Entry(candidate, km, score);
		if (BEST_FIRST.compare(entry, worst) < 0) {
			worstFirst.poll();
			worstFirst.add(entry);
		}
	}

	List<Ranked> best() {
		List<Entry> entries = new ArrayList<>(worstFirst);
		entries.sort(BEST_FIRST);
		List<Ranked> ranked = new ArrayList<>(entries.size());
		for (Entry entry : entries) {
			ranked.add(new Ranked(entry.candidate().account(), entry.score(), entry.km(),
					Score.reasons(entry.candidate(), request, entry.km())));
		}
		return List.copyOf(ranked);
	}
}
