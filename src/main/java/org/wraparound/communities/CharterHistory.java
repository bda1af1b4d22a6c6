package org.wraparound.communities;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every charter action that was ever marked done, as announced: for impact's recount. Read-only. */
@Service
@Transactional(readOnly = true)
public class CharterHistory {

	private final JdbcClient jdbc;

	CharterHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One {@link CharterActionDone} per action first marked done, at that moment. */
	public List<CharterActionDone> done() {
		return jdbc.sql("select community_id, id, sector, done_at from communities_charter_action where done_at is not null")
			.query((rs, row) -> new CharterActionDone(new CommunityId(rs.getObject(1, UUID.class)),
					rs.getObject(2, UUID.class), CharterSector.valueOf(rs.getString(3)),
					rs.getObject(4, OffsetDateTime.class).toInstant()))
			.list();
	}
}
