package org.wraparound.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.wraparound.communities.CommunityId;

/** Two nodes share one database (the rows below); only one of them hears about a change. */
class CommunityGridsTests {

	/** The database as both nodes see it, counting how often each reads the whole community. */
	static final class Rows implements CandidateSource {

		final List<Candidate> candidates = new ArrayList<>();

		long version = 1;

		int fullReads;

		@Override
		public long version(CommunityId community) {
			return version;
		}

		@Override
		public Snapshot candidates(CommunityId community) {
			fullReads++;
			return new Snapshot(version,
					candidates.stream().filter(candidate -> candidate.community().equals(community)).toList());
		}
	}

	final SeededCommunity community = new SeededCommunity(46, 30);

	final Rows rows = new Rows();

	@Test
	void everyNodeRanksFromTheRowsAndRereadsThemOnlyWhenTheyChanged() {
		rows.candidates.addAll(community.volunteers(400, true));
		CommunityGrids oneNode = new CommunityGrids(rows);
		CommunityGrids otherNode = new CommunityGrids(rows);
		List<MatchRequest> requests = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			requests.add(community.request(rows.candidates));
		}
		for (MatchRequest request : requests) {
			List<Ranked> expected = new FullScan(rows.candidates).rank(request, 5);
			assertThat(oneNode.rank(request, 5)).isEqualTo(expected);
			assertThat(otherNode.rank(request, 5)).isEqualTo(expected);
		}
		assertThat(rows.fullReads).as("one read per node while nothing changes").isEqualTo(2);

		rows.candidates.subList(0, 200).clear();
		rows.candidates.addAll(community.volunteers(300, true));
		rows.version++;
		for (MatchRequest request : requests) {
			List<Ranked> expected = new FullScan(rows.candidates).rank(request, 5);
			assertThat(otherNode.rank(request, 5)).isEqualTo(expected);
			assertThat(oneNode.rank(request, 5)).isEqualTo(expected);
		}
		assertThat(rows.fullReads).isEqualTo(4);
	}

	@Test
	void aCommunityWithoutVolunteersRanksNobody() {
		MatchRequest request = community.request(List.of());
		assertThat(new CommunityGrids(rows).rank(request, 3)).isEmpty();
	}
}
