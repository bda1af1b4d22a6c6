package org.wraparound.helping;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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
			int taken, String notes, String address, String status, AccountId postedBy, Instant postedAt,
			RequestDetails details, Double latitude, Double longitude, UUID series, LocalDate occursOn,
			String cancelReason) {

		boolean open() {
			return OPEN.equals(status);
		}
	}

	/** A commitment whose reminder is due. */
	record DueReminder(UUID request, AccountId helper) {
	}

	record Pledge(UUID request, AccountId helper, Instant committedAt, Instant doneAt, String thanks) {
	}

	private static final String COLUMNS = """
			id, community_id, circle_id, kind, starts_at, ends_at, slots, taken, notes, address, status, posted_by,
			posted_at, details, latitude, longitude, series_id, occurs_on, cancel_reason""";

	private final JdbcClient jdbc;

	Requests(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Row row) {
		jdbc.sql("insert into helping_request (" + COLUMNS
				+ ") values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null)")
			.params(values(row)).update();
	}

	/**
	 * Adds one occurrence of a series unless that day already has one (made before, or changed or cancelled
	 * alone); true when added.
	 */
	boolean insertOccurrence(Row row) {
		return jdbc.sql("insert into helping_request (" + COLUMNS
				+ ") select ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null from helping_series"
				+ " where id = ? and not exists"
				+ " (select 1 from helping_request where series_id = ? and occurs_on = ?)")
			.params(append(values(row), row.series(), row.series(), row.occursOn())).update() == 1;
	}

	private static Object[] values(Row row) {
		return new Object[] { row.id(), row.community(), row.circle(), row.kind().name(), utc(row.startsAt()),
				utc(row.endsAt()), row.slots(), row.notes(), row.address(), row.status(), row.postedBy().value(),
				utc(row.postedAt()), row.details().text(), row.latitude(), row.longitude(), row.series(),
				row.occursOn() };
	}

	private static Object[] append(Object[] values, Object... more) {
		Object[] all = java.util.Arrays.copyOf(values, values.length + more.length);
		System.arraycopy(more, 0, all, values.length, more.length);
		return all;
	}

	Optional<Row> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from helping_request where id = ?").param(id)
			.query((rs, n) -> row(rs)).optional();
	}

	/** A community's open requests that start after {@code after} and still need helpers, soonest first, at most {@code most}. */
	List<Row> openIn(UUID community, Instant after, int most) {
		return jdbc.sql("select " + COLUMNS + """
				 from helping_request where community_id = ? and status = ? and starts_at > ? and taken < slots
				order by starts_at, id limit ?""")
			.params(community, OPEN, utc(after), most).query((rs, n) -> row(rs)).list();
	}

	/** A circle's requests that end after {@code after}, soonest first. */
	List<Row> ofCircle(UUID circle, Instant after) {
		return jdbc.sql("select " + COLUMNS
				+ " from helping_request where circle_id = ? and ends_at > ? order by starts_at, id")
			.params(circle, utc(after)).query((rs, n) -> row(rs)).list();
	}

	/** A circle's requests that end after {@code after} and start before {@code before}, soonest first, at most {@code most}. */
	List<Row> upcoming(UUID circle, Instant after, Instant before, int most) {
		return jdbc.sql("select " + COLUMNS + " from helping_request where circle_id = ? and starts_at < ? and ends_at > ?"
				+ " order by starts_at, id limit ?")
			.params(circle, utc(before), utc(after), most).query((rs, n) -> row(rs)).list();
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

	/** Records a commitment, with when to remind the helper ({@code null}: no reminder). */
	void commit(UUID request, AccountId helper, Instant at, Instant remindAt) {
		jdbc.sql("insert into helping_commitment (request_id, helper_id, committed_at, remind_at) values (?, ?, ?, ?)")
			.params(request, helper.value(), utc(at), remindAt == null ? null : utc(remindAt)).update();
	}

	/** Calls off one open request, keeping what the coordinator wrote; false when it was not open. */
	boolean cancel(UUID request, String reason) {
		return jdbc.sql("update helping_request set status = ?, cancel_reason = ? where id = ? and status = ?")
			.params(CANCELLED, reason, request, OPEN).update() == 1;
	}

	/**
	 * Changes one request's time, helpers, notes, address and details; false when it is no longer open or more
	 * people have committed than the new number of helpers.
	 */
	boolean change(Row changed) {
		return jdbc.sql("""
				update helping_request set starts_at = ?, ends_at = ?, slots = ?, notes = ?, address = ?, details = ?
				where id = ? and status = ? and taken <= ?""")
			.params(utc(changed.startsAt()), utc(changed.endsAt()), changed.slots(), changed.notes(),
					changed.address(), changed.details().text(), changed.id(), OPEN, changed.slots())
			.update() == 1;
	}

	/** The open occurrences of a series from {@code day} on, soonest first. */
	List<Row> openInSeriesFrom(UUID series, LocalDate day) {
		return jdbc.sql("select " + COLUMNS
				+ " from helping_request where series_id = ? and occurs_on >= ? and status = ? order by occurs_on")
			.params(series, day, OPEN).query((rs, n) -> row(rs)).list();
	}

	/** Commitments whose reminder time has come, for requests still open and not started, oldest first. */
	List<DueReminder> dueReminders(Instant now, int limit) {
		return jdbc.sql("""
				select c.request_id, c.helper_id from helping_commitment c
				join helping_request r on r.id = c.request_id
				where c.reminded_at is null and c.remind_at <= ? and r.status = ? and r.starts_at > ?
				order by c.remind_at, c.request_id, c.helper_id
				limit ?""")
			.params(utc(now), OPEN, utc(now), limit)
			.query((rs, n) -> new DueReminder(rs.getObject("request_id", UUID.class),
					new AccountId(rs.getObject("helper_id", UUID.class))))
			.list();
	}

	/** Claims a reminder for sending: true for exactly one caller, however many nodes ask. */
	boolean claimReminder(UUID request, AccountId helper, Instant now) {
		return jdbc.sql("""
				update helping_commitment set reminded_at = ?
				where request_id = ? and helper_id = ? and reminded_at is null""")
			.params(utc(now), request, helper.value()).update() == 1;
	}

	/** The starts of the coming commitments of a helper not yet reminded, by request. */
	List<Row> awaitingReminder(AccountId helper, Instant now) {
		return jdbc.sql("select " + COLUMNS.replaceAll("(\\w+)", "r.$1")
				+ " from helping_request r join helping_commitment c on c.request_id = r.id"
				+ " where c.helper_id = ? and c.reminded_at is null and r.starts_at > ?")
			.params(helper.value(), utc(now)).query((rs, n) -> row(rs)).list();
	}

	void remindAt(UUID request, AccountId helper, Instant remindAt) {
		jdbc.sql("update helping_commitment set remind_at = ? where request_id = ? and helper_id = ? and reminded_at is null")
			.params(remindAt == null ? null : utc(remindAt), request, helper.value()).update();
	}

	/** Open requests starting between {@code now} and {@code until} that still need helpers and were not announced. */
	List<Row> dueUnfilled(Instant now, Instant until, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from helping_request
				where unfilled_noticed_at is null and starts_at > ? and starts_at <= ? and status = ? and taken < slots
				order by starts_at, id limit ?""")
			.params(utc(now), utc(until), OPEN, limit).query((rs, n) -> row(rs)).list();
	}

	/** Claims the unfilled notice of a request: true for exactly one caller. */
	boolean claimUnfilled(UUID request, Instant now) {
		return jdbc.sql("update helping_request set unfilled_noticed_at = ? where id = ? and unfilled_noticed_at is null")
			.params(utc(now), request).update() == 1;
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
				new AccountId(rs.getObject("posted_by", UUID.class)), instant(rs, "posted_at"),
				RequestDetails.parse(rs.getString("details")), (Double) rs.getObject("latitude"),
				(Double) rs.getObject("longitude"), rs.getObject("series_id", UUID.class),
				rs.getObject("occurs_on", LocalDate.class), rs.getString("cancel_reason"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
