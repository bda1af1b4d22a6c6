package org.wraparound.toolkit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;

/** Each community's progress: when it set out on the path, and the checklist items its champions ticked. */
@Component
class Ticks {

	private final JdbcClient jdbc;

	Ticks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A ticked item: who ticked it and when. */
	record Tick(String item, AccountId by, Instant at) {
	}

	Optional<Instant> startOf(CommunityId community) {
		return jdbc.sql("select started_at from toolkit_start where community_id = ?").param(community.value())
			.query((rs, n) -> Guides.instant(rs, "started_at")).optional();
	}

	/** Records when a community set out, unless it already has; true when recorded now. */
	boolean start(CommunityId community, Instant at) {
		return jdbc.sql("insert into toolkit_start (community_id, started_at) select ?, ? "
				+ "where not exists (select 1 from toolkit_start where community_id = ?)")
			.params(community.value(), Guides.utc(at), community.value()).update() > 0;
	}

	void moveStart(CommunityId community, Instant at) {
		jdbc.sql("update toolkit_start set started_at = ? where community_id = ?")
			.params(Guides.utc(at), community.value()).update();
	}

	List<Tick> of(CommunityId community) {
		return jdbc.sql("select item_key, ticked_by, ticked_at from toolkit_tick where community_id = ?")
			.param(community.value())
			.query((rs, n) -> new Tick(rs.getString("item_key"), Guides.account(rs, "ticked_by").orElseThrow(),
					Guides.instant(rs, "ticked_at")))
			.list();
	}

	/** Ticks an item for a community; ticking one already ticked keeps the first tick. True when new. */
	boolean tick(CommunityId community, String item, AccountId by, Instant at) {
		return jdbc.sql("insert into toolkit_tick (community_id, item_key, ticked_by, ticked_at) select ?, ?, ?, ? "
				+ "where not exists (select 1 from toolkit_tick where community_id = ? and item_key = ?)")
			.params(community.value(), item, by.value(), Guides.utc(at), community.value(), item).update() > 0;
	}

	boolean untick(CommunityId community, String item) {
		return jdbc.sql("delete from toolkit_tick where community_id = ? and item_key = ?")
			.params(community.value(), item).update() > 0;
	}
}
