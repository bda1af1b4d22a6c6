package org.wraparound.matching;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.wraparound.communities.CommunityId;

/**
 * One {@link CandidateGrid} per community, kept in memory on each node and checked against the database before
 * every use. Events reach only the node that published them, so no node trusts what it heard: each ranking first
 * asks the {@link CandidateSource} for the community's version (one indexed query) and rebuilds the grid from the
 * rows when the version moved. Every node thus ranks from the same rows and gives the same answer; a node that
 * restarts simply builds on first use. Grids are immutable, so a rebuild never disturbs a ranking in progress.
 */
final class CommunityGrids implements Ranker {

	private record Built(long version, CandidateGrid grid) {
	}

	private final CandidateSource source;

	private final Map<CommunityId, Built> grids = new ConcurrentHashMap<>();

	CommunityGrids(CandidateSource source) {
		this.source = source;
	}

	@Override
	public List<Ranked> rank(MatchRequest request, int limit) {
		return current(request.community()).rank(request, limit);
	}

	private CandidateGrid current(CommunityId community) {
		long version = source.version(community);
		Built built = grids.get(community);
		if (built == null || built.version() != version) {
			CandidateSource.Snapshot snapshot = source.candidates(community);
			built = new Built(snapshot.version(), new CandidateGrid(snapshot.candidates()));
			grids.put(community, built);
		}
		return built.grid();
	}
}
