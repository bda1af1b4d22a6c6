package org.wraparound.accounts;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.platform.SecretTokens;

/**
 * The links we mail for one purpose each. Only the SHA-256 of a token is stored; a token is used by one atomic
 * update, so it works once even when two requests race, and never after it expires.
 */
@Component
class EmailTokens {

	enum Purpose {
		VERIFY_EMAIL, RESET_PASSWORD, CHANGE_EMAIL
	}

	/** What a used token was for. */
	record Use(AccountId account, String newEmail) {
	}

	private final JdbcClient jdbc;

	EmailTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A new token (the text that goes into the link). */
	String issue(AccountId account, Purpose purpose, String newEmail, Instant now, Duration validFor) {
		String token = SecretTokens.newToken();
		jdbc.sql("""
				insert into accounts_email_token (token_hash, account_id, purpose, new_email, created_at, expires_at)
				values (:hash, :account, :purpose, :newEmail, :now, :expires)""").param("hash", SecretTokens.hash(token))
			.param("account", account.value()).param("purpose", purpose.name()).param("newEmail", newEmail)
			.param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(validFor))).update();
		return token;
	}

	/** Uses the token if it is ours, for this purpose, unused and unexpired. */
	Optional<Use> use(String token, Purpose purpose, Instant now) {
		if (!SecretTokens.plausible(token)) {
			return Optional.empty();
		}
		String hash = SecretTokens.hash(token);
		int used = jdbc.sql("""
				update accounts_email_token set used_at = :now
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now""")
			.param("now", Timestamp.from(now)).param("hash", hash).param("purpose", purpose.name()).update();
		if (used != 1) {
			return Optional.empty();
		}
		return jdbc.sql("select account_id, new_email from accounts_email_token where token_hash = :hash")
			.param("hash", hash)
			.query((rs, n) -> new Use(new AccountId(rs.getObject("account_id", UUID.class)), rs.getString("new_email")))
			.optional();
	}

	/** Whether a token would still work, without using it (to show the right page before the person confirms). */
	boolean isUsable(String token, Purpose purpose, Instant now) {
		if (!SecretTokens.plausible(token)) {
			return false;
		}
		return jdbc.sql("""
				select count(*) from accounts_email_token
				where token_hash = :hash and purpose = :purpose and used_at is null and expires_at > :now""")
			.param("hash", SecretTokens.hash(token)).param("purpose", purpose.name()).param("now", Timestamp.from(now))
			.query(Long.class).single() == 1;
	}

}
