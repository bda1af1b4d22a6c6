package org.wraparound.helping;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;

/** Help requests and the commitments to them. */
@Component
class Requests {

	static final String OPEN = "OPEN";

	static final String CANCELLED = "CANCELLED";

	record Row(UUID id, UUID community, UUID circle, HelpKind kind, Instant startsAt, Instant endsAt, int slots,
			int taken, String notes, String address, String status, AccountId postedBy, Instant postedAt) {

		boolean open() {
			return OPEN.equals(status);
		}
	}

	record Pledge(UUID request, AccountId helper, Instant committedAt, Instant doneAt, String thanks) {
	}

	private static final String COLUMNS = """
			id, community_id, circle_id, kind, starts_at, ends_at, slots, taken, notes, address, status, posted_by,
			posted_at""";

	private final JdbcClient jdbc;

	Requests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Row row) {
		jdbc.sql("insert into helping_request (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)")
			.params(row.id(), row.community(), row.circle(), row.kind().name(), utc(row.startsAt()),
					utc(row.endsAt()), row.slots(), row.notes(), row.address(), row.status(), row.postedBy().value(),
					utc(row.postedAt()))
			.update();
	}

	Optional<Row> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from helping_request where id = ?").param(id)
			.query((rs, n) -> row(rs)).optional();
	}

	/** A circle's requests that end after {@code after}, soonest first. */
	List<Row> ofCircle(UUID circle, Instant after) {
		return jdbc.sql("select " + COLUMNS
				+ " from helping_request where circle_id = ? and ends_at > ? order by starts_at, id")
			.params(circle, utc(after)).query((rs, n) -> row(rs)).list();
	}

	/** The requests someone committed to, soonest first. */
	List<Row> committedBy(AccountId helper) {
		return jdbc.sql("select " + COLUMNS.replaceAll("(\\w+)", "r.$1")
				+ " from helping_request r join helping_commitment c on c.request_id = r.id"
				+ " where c.helper_id = ? order by r.starts_at, r.id")
			.param(helper.value()).query((rs, n) -> row(rs)).list();
	}

	/**
	 * Takes one slot if one is free, in one conditional update: with one slot left and two people asking at once,
	 * the database lets exactly one of them through.
	 */
	boolean takeSlot(UUID request) {
		return jdbc.sql("update helping_request set taken = taken + 1 where id = ? and taken < slots and status = ?")
			.params(request, OPEN).update() == 1;
	}

	void commit(UUID request, AccountId helper, Instant at) {
		jdbc.sql("insert into helping_commitment (request_id, helper_id, committed_at) values (?, ?, ?)")
			.params(request, helper.value(), utc(at)).update();
	}

	/** Frees a helper's slot; false when they had none (or had already done it). */
	boolean withdraw(UUID request, AccountId helper) {
		if (jdbc.sql("delete from helping_commitment where request_id = ? and helper_id = ? and done_at is null")
			.params(request, helper.value()).update() == 0) {
			return false;
		}
		jdbc.sql("update helping_request set taken = taken - 1 where id = ?").param(request).update();
		return true;
	}

	boolean markDone(UUID request, AccountId helper, Instant at) {
		return jdbc.sql("""
				update helping_commitment set done_at = ? where request_id = ? and helper_id = ? and done_at is null""")
			.params(utc(at), request, helper.value()).update() == 1;
	}

	boolean thank(UUID request, AccountId helper, String text, Instant at) {
		return jdbc.sql("""
				update helping_commitment set thanks = ?, thanked_at = ?
				where request_id = ? and helper_id = ? and done_at is not null""")
			.params(text, utc(at), request, helper.value()).update() == 1;
	}

	/** Cancels a circle's open requests that have not ended, and says which they were. */
	List<Row> cancelOpen(UUID circle, Instant now) {
		return ofCircle(circle, now).stream().filter(Row::open)
			.filter(row -> jdbc.sql("update helping_request set status = ? where id = ? and status = ?")
				.params(CANCELLED, row.id(), OPEN).update() == 1)
			.toList();
	}

	List<Pledge> pledges(Collection<UUID> requests) {
		if (requests.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select request_id, helper_id, committed_at, done_at, thanks from helping_commitment
				where request_id in (:requests) order by committed_at, helper_id""")
			.param("requests", requests)
			.query((rs, n) -> new Pledge(rs.getObject("request_id", UUID.class),
					new AccountId(rs.getObject("helper_id", UUID.class)), instant(rs, "committed_at"),
					instant(rs, "done_at"), rs.getString("thanks")))
			.list();
	}

	long countIn(UUID circle) {
		return jdbc.sql("select count(*) from helping_request where circle_id = ?").param(circle)
			.query(Long.class).single();
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("community_id", UUID.class),
				rs.getObject("circle_id", UUID.class), HelpKind.valueOf(rs.getString("kind")),
				instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getInt("slots"), rs.getInt("taken"),
				rs.getString("notes"), rs.getString("address"), rs.getString("status"),
				new AccountId(rs.getObject("posted_by", UUID.class)), instant(rs, "posted_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
