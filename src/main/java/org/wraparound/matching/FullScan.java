package org.wraparound.matching;

import java.util.List;

/**
 * The plain reference: every volunteer of the community checked against every hard filter, then scored. Slow on
 * large communities but obviously right, so the tests hold the {@link CandidateGrid} to the same answers.
 */
final class FullScan implements Ranker {

	private final List<Candidate> candidates;

	FullScan(List<Candidate> candidates) {
		this.candidates = List.copyOf(candidates);
	}

	@Override
	public List<Ranked> rank(MatchRequest request, int limit) {
		RequestFacts facts = RequestFacts.of(request);
		TopRanks top = new TopRanks(request, limit);
		for (Candidate candidate : candidates) {
			if (!HardFilters.canDoKind(candidate, request) || !HardFilters.speaksWith(candidate, request)
					|| !HardFilters.onTheirGrid(candidate, facts)) {
				continue;
			}
			double km = Geo.km(facts.point(), Geo.unit(candidate.latitude(), candidate.longitude()));
			if (HardFilters.passes(candidate, facts, km)) {
				top.offer(candidate, km);
			}
		}
		return top.best();
	}
}
