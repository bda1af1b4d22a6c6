package org.wraparound.helping;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;

/** Each account's calendar feed, known by the hash of the secret in its address. */
@Component
class CalendarFeeds {

	private final JdbcClient jdbc;

	CalendarFeeds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Gives the account a feed under a new hash; any earlier one is gone. */
	void replace(AccountId account, String tokenHash, Instant at) {
		jdbc.sql("delete from helping_calendar_feed where account_id = ?").param(account.value()).update();
		jdbc.sql("insert into helping_calendar_feed (account_id, token_hash, created_at) values (?, ?, ?)")
			.params(account.value(), tokenHash, at.atOffset(ZoneOffset.UTC)).update();
	}

	boolean exists(AccountId account) {
		return jdbc.sql("select count(*) from helping_calendar_feed where account_id = ?").param(account.value())
			.query(Long.class).single() > 0;
	}

	Optional<AccountId> ownerOf(String tokenHash) {
		return jdbc.sql("select account_id from helping_calendar_feed where token_hash = ?").param(tokenHash)
			.query((rs, n) -> new AccountId(rs.getObject("account_id", UUID.class))).optional();
	}
}
