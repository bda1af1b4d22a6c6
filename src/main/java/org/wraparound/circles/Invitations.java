package org.wraparound.circles;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.platform.SecretTokens;
import org.wraparound.accounts.AccountId;

/**
 * Invitations into a circle, by emailed link. Only a hash of the token is kept; the link works once, until it
 * expires, even when two people follow it at the same moment.
 */
@Component
class Invitations {

	/** An invitation that is still open. */
	record Open(CircleId circle, String email, CircleRole role, AccountId invitedBy) {
	}

	private final JdbcClient jdbc;

	Invitations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	String issue(CircleId circle, String email, CircleRole role, AccountId invitedBy, Instant now, Duration validFor) {
		String token = SecretTokens.newToken();
		jdbc.sql("""
				insert into circles_invite (token_hash, circle_id, email, role, invited_by, created_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(SecretTokens.hash(token), circle.value(), email, role.name(), invitedBy.value(), Timestamp.from(now),
					Timestamp.from(now.plus(validFor)))
			.update();
		return token;
	}

	Optional<Open> find(String token, Instant now) {
		if (!SecretTokens.plausible(token)) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select circle_id, email, role, invited_by from circles_invite
				where token_hash = ? and used_at is null and expires_at > ?""")
			.params(SecretTokens.hash(token), Timestamp.from(now))
			.query((rs, n) -> new Open(new CircleId(rs.getObject("circle_id", UUID.class)), rs.getString("email"),
					CircleRole.valueOf(rs.getString("role")), new AccountId(rs.getObject("invited_by", UUID.class))))
			.optional();
	}

	/** Uses the invitation for {@code account}; empty when it is unknown, used or expired. */
	Optional<Open> use(String token, AccountId account, Instant now) {
		Optional<Open> open = find(token, now);
		if (open.isEmpty()) {
			return Optional.empty();
		}
		int used = jdbc.sql("""
				update circles_invite set used_at = ?, used_by = ?
				where token_hash = ? and used_at is null and expires_at > ?""")
			.params(Timestamp.from(now), account.value(), SecretTokens.hash(token), Timestamp.from(now)).update();
		return used == 1 ? open : Optional.empty();
	}

}
