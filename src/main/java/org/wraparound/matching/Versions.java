package org.wraparound.matching;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wraparound.communities.CommunityId;

/**
 * How many times the helping side of a community's candidates changed (a commitment, a withdrawal, thanks), kept
 * in the database so that every node reads the same number, whichever heard the event.
 */
@Repository
class Versions {

	private final JdbcClient jdbc;

	Versions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long of(CommunityId community) {
		return jdbc.sql("select version from matching_version where community_id = ?").param(community.value())
			.query(Long.class).optional().orElse(0L);
	}

	void bump(CommunityId community) {
		jdbc.sql("insert into matching_version (community_id, version) values (?, 0) on conflict do nothing")
			.param(community.value()).update();
		jdbc.sql("update matching_version set version = version + 1 where community_id = ?").param(community.value())
			.update();
	}
}
