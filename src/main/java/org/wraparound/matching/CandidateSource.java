package org.wraparound.matching;

import java.util.List;

import org.wraparound.communities.CommunityId;

/**
 * Where a community's approved volunteers are read from, as {@link Candidate}s: the database (volunteers' profiles,
 * helping's commitments and thanks), see {@link DatabaseCandidates}; tests give seeded communities.
 */
interface CandidateSource {

	/**
	 * A cheap question answered by an indexed query: a number that changes whenever anything a candidate is made of
	 * changes in that community (for instance the latest change time of profiles and commitments with their count).
	 */
	long version(CommunityId community);

	/** The community's candidates with the version they were read at, both in one transaction. */
	Snapshot candidates(CommunityId community);

	record Snapshot(long version, List<Candidate> candidates) {

		public Snapshot {
			candidates = List.copyOf(candidates);
		}
	}
}
