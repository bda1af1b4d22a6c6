package org.wraparound.directory;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;

/** The gaps each community's champions recorded. Every read and change names the community. */
@Component
class Gaps {

	private final JdbcClient jdbc;

	Gaps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Gap> of(CommunityId community) {
		return jdbc.sql("""
				select id, category, note, recorded_at from directory_gap where community_id = ?
				order by recorded_at, id""")
			.param(community.value())
			.query((rs, n) -> new Gap(new GapId(rs.getObject("id", UUID.class)),
					Category.parse(rs.getString("category")).orElse(Category.OTHER), rs.getString("note"),
					rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	GapId add(CommunityId community, Category category, String note, AccountId by, Instant now) {
		var id = new GapId(UUID.randomUUID());
		jdbc.sql("""
				insert into directory_gap (id, community_id, category, note, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(id.value(), community.value(), category.name(), note, by.value(), Timestamp.from(now)).update();
		return id;
	}

	boolean remove(CommunityId community, GapId id) {
		return jdbc.sql("delete from directory_gap where id = ? and community_id = ?")
			.params(id.value(), community.value()).update() == 1;
	}
}
