package org.wraparound.matching;

import java.util.List;

/** Ranks the eligible volunteers for one request, best first, at most {@code limit} of them. */
interface Ranker {

	List<Ranked> rank(MatchRequest request, int limit);
}
