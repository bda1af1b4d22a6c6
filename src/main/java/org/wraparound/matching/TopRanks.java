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
		if (limit <= 0) {
			return;
		}
		Entry entry = new Entry(candidate, km, Score.of(candidate, request, km));
		if (worstFirst.size() < limit) {
			worstFirst.add(entry);
		}
		else if (BEST_FIRST.compare(entry, worstFirst.peek()) < 0) {
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
