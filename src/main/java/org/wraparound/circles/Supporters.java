package org.wraparound.circles;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;

/** The support network of a circle: who helps with which domain. */
@Component
class Supporters {

	/**
	 * A member of the circle ({@code account}) or someone outside the platform ({@code name}), which may be a group of
	 * the community's asset map ({@code entry}, with its name as it was when added).
	 */
	record Row(UUID id, UUID circle, SupportDomain domain, Optional<AccountId> account, String name,
			Optional<UUID> entry) {

		Row(UUID id, UUID circle, SupportDomain domain, Optional<AccountId> account, String name) {
			this(id, circle, domain, account, name, Optional.empty());
		}
	}

	private final JdbcClient jdbc;

	Supporters(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(Row row, AccountId addedBy, Instant at) {
		jdbc.sql("""
				insert into circles_supporter (id, circle_id, domain, account_id, name, directory_entry, added_at,
				added_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(row.id(), row.circle(), row.domain().name(), row.account().map(AccountId::value).orElse(null),
					row.name(), row.entry().orElse(null), Updates.utc(at), addedBy.value())
			.update();
	}

	boolean remove(UUID id, UUID circle) {
		return jdbc.sql("delete from circles_supporter where id = ? and circle_id = ?").params(id, circle).update() == 1;
	}

	/** A circle's supporters, in the order they were added. */
	List<Row> of(UUID circle) {
		return jdbc.sql("""
				select id, circle_id, domain, account_id, name, directory_entry from circles_supporter
				where circle_id = ?
				order by added_at, id""")
			.param(circle)
			.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("circle_id", UUID.class),
					SupportDomain.valueOf(rs.getString("domain")),
					Optional.ofNullable(rs.getObject("account_id", UUID.class)).map(AccountId::new),
					rs.getString("name"), Optional.ofNullable(rs.getObject("directory_entry", UUID.class))))
			.list();
	}
}
