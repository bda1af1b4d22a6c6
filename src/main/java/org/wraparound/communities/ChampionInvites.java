package org.wraparound.communities;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;
import org.wraparound.platform.SecretTokens;

/**
 * Invitations to co-champion a community, by emailed link. Only a hash of the token is kept; the link works once,
 * until it expires or is withdrawn, even when two people follow it at the same moment.
 */
@Component
class ChampionInvites {

	/** An invitation that is still open. */
	record Open(UUID id, CommunityId community, String email, String note, AccountId invitedBy, Instant sentAt,
			Instant expiresAt) {
	}

	private static final String OPEN = "used_at is null and withdrawn_at is null and expires_at > ?";

	private final JdbcClient jdbc;

	ChampionInvites(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a new invitation and returns the secret for its link. */
	String issue(UUID id, CommunityId community, String email, String note, AccountId invitedBy, Instant now,
			Duration validFor) {
		String token = SecretTokens.newToken();
		jdbc.sql("""
				insert into communities_champion_invite
				(id, token_hash, community_id, email, note, invited_by, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, SecretTokens.hash(token), community.value(), email, note.isEmpty() ? null : note,
					invitedBy.value(), Timestamp.from(now), Timestamp.from(now.plus(validFor)))
			.update();
		return token;
	}

	Optional<Open> find(String token, Instant now) {
		if (!SecretTokens.plausible(token)) {
			return Optional.empty();
		}
		return jdbc.sql("select * from communities_champion_invite where token_hash = ? and " + OPEN)
			.params(SecretTokens.hash(token), Timestamp.from(now))
			.query((rs, n) -> open(rs))
			.optional();
	}

	/** The open invitations of a community, newest first. */
	List<Open> openFor(CommunityId community, Instant now) {
		return jdbc.sql("select * from communities_champion_invite where community_id = ? and " + OPEN
				+ " order by created_at desc")
			.params(community.value(), Timestamp.from(now))
			.query((rs, n) -> open(rs))
			.list();
	}

	/** Uses the invitation for {@code account}; empty when it is unknown, used, withdrawn or expired. */
	Optional<Open> use(String token, AccountId account, Instant now) {
		Optional<Open> open = find(token, now);
		if (open.isEmpty()) {
			return Optional.empty();
		}
		int used = jdbc.sql("update communities_champion_invite set used_at = ?, used_by = ? where token_hash = ? and "
				+ OPEN)
			.params(Timestamp.from(now), account.value(), SecretTokens.hash(token), Timestamp.from(now))
			.update();
		return used == 1 ? open : Optional.empty();
	}

	/** Withdraws an open invitation of this community; false when there is none such. */
	boolean withdraw(CommunityId community, UUID id, Instant now) {
		return jdbc.sql("update communities_champion_invite set withdrawn_at = ? where id = ? and community_id = ? and "
				+ OPEN)
			.params(Timestamp.from(now), id, community.value(), Timestamp.from(now))
			.update() == 1;
	}

	private static Open open(ResultSet rs) throws SQLException {
		String note = rs.getString("note");
		return new Open(rs.getObject("id", UUID.class), new CommunityId(rs.getObject("community_id", UUID.class)),
				rs.getString("email"), note == null ? "" : note, new AccountId(rs.getObject("invited_by", UUID.class)),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant());
	}
}
