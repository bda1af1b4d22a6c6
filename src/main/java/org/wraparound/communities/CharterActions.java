package org.wraparound.communities;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;

/** The charter actions of every community. */
@Component
class CharterActions {

	private final JdbcClient jdbc;

	CharterActions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(CommunityId community, CharterAction action, AccountId by, Instant at) {
		jdbc.sql("""
				insert into communities_charter_action
				(id, community_id, sector, title, partner, status, notes, done_at, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(action.id(), community.value(), action.sector().name(), action.title(),
					action.partner().orElse(null), action.status().name(), action.notes().orElse(null),
					action.doneAt().map(CharterActions::utc).orElse(null), by.value(), utc(at))
			.update();
	}

	/** Changes status, partner and notes; the first time it is marked done, that moment is kept. */
	boolean update(CommunityId community, UUID id, CharterStatus status, String partner, String notes, AccountId by,
			Instant at) {
		return jdbc.sql("""
				update communities_charter_action set status = ?, partner = ?, notes = ?, changed_by = ?, changed_at = ?,
				done_at = case when ? = 'DONE' and done_at is null then ? else done_at end
				where id = ? and community_id = ?""")
			.params(status.name(), partner, notes, by.value(), utc(at), status.name(), utc(at), id,
					community.value())
			.update() == 1;
	}

	boolean remove(CommunityId community, UUID id) {
		return jdbc.sql("delete from communities_charter_action where id = ? and community_id = ?")
			.params(id, community.value()).update() == 1;
	}

	Optional<CharterAction> find(CommunityId community, UUID id) {
		return jdbc.sql("select * from communities_charter_action where id = ? and community_id = ?")
			.params(id, community.value()).query((rs, n) -> action(rs)).optional();
	}

	List<CharterAction> of(CommunityId community) {
		return jdbc.sql("select * from communities_charter_action where community_id = ? order by sector, changed_at, id")
			.param(community.value()).query((rs, n) -> action(rs)).list();
	}

	long count(CommunityId community) {
		return jdbc.sql("select count(*) from communities_charter_action where community_id = ?")
			.param(community.value()).query(Long.class).single();
	}

	private static CharterAction action(java.sql.ResultSet rs) throws java.sql.SQLException {
		OffsetDateTime done = rs.getObject("done_at", OffsetDateTime.class);
		return new CharterAction(rs.getObject("id", UUID.class), CharterSector.valueOf(rs.getString("sector")),
				rs.getString("title"), Optional.ofNullable(rs.getString("partner")),
				CharterStatus.valueOf(rs.getString("status")), Optional.ofNullable(rs.getString("notes")),
				Optional.ofNullable(done).map(OffsetDateTime::toInstant));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
