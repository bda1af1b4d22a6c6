package org.wraparound.circles;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;

/**
 * Who asked for a daily summary of a circle, and up to when they have had one. A summary is claimed by moving
 * {@code last_sent_at} only if it still holds what was read, so two runs (or two nodes) never send the same one.
 */
@Component
class Digests {

	/** A member who asked for the summary, and the end of the last one they had. */
	record Subscriber(UUID circle, AccountId account, Instant lastSentAt) {
	}

	private final JdbcClient jdbc;

	Digests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean wants(UUID circle, AccountId account) {
		return jdbc.sql("select count(*) from circles_digest where circle_id = ? and account_id = ?")
			.params(circle, account.value()).query(Long.class).single() > 0;
	}

	/** Asks for the summary from {@code now} on; asking again changes nothing. */
	void subscribe(UUID circle, AccountId account, Instant now) {
		if (!wants(circle, account)) {
			jdbc.sql("insert into circles_digest (circle_id, account_id, last_sent_at) values (?, ?, ?)")
				.params(circle, account.value(), Updates.utc(now)).update();
		}
	}

	void unsubscribe(UUID circle, AccountId account) {
		jdbc.sql("delete from circles_digest where circle_id = ? and account_id = ?").params(circle, account.value())
			.update();
	}

	/** Everyone who asked for a summary and is still a member of the circle. */
	List<Subscriber> subscribers() {
		return jdbc.sql("""
				select d.circle_id, d.account_id, d.last_sent_at from circles_digest d
				join circles_member m on m.circle_id = d.circle_id and m.account_id = d.account_id
				order by d.circle_id, d.account_id""")
			.query((rs, n) -> new Subscriber(rs.getObject("circle_id", UUID.class),
					new AccountId(rs.getObject("account_id", UUID.class)),
					rs.getObject("last_sent_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	/** Claims the summary for the period after {@code lastSentAt} up to {@code now}; false when someone else did. */
	boolean claim(Subscriber subscriber, Instant now) {
		return jdbc.sql("""
				update circles_digest set last_sent_at = ?
				where circle_id = ? and account_id = ? and last_sent_at = ? and last_sent_at < ?""")
			.params(Updates.utc(now), subscriber.circle(), subscriber.account().value(),
					Updates.utc(subscriber.lastSentAt()), Updates.utc(now))
			.update() == 1;
	}
}
