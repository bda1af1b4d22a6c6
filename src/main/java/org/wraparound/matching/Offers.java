package org.wraparound.matching;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wraparound.accounts.AccountId;
import org.wraparound.helping.HelpKind;

/**
 * The requests matching offered and the offers: one request row (the lock that serialises offering one request), and
 * at most one offer per request and volunteer. Answers are conditional updates from {@code OPEN}, so an offer is
 * answered once, whichever node or click comes first.
 */
@Repository
class Offers {

	static final String OPEN = "OPEN";
	static final String ACCEPTED = "ACCEPTED";
	static final String DECLINED = "DECLINED";
	static final String EXPIRED = "EXPIRED";
	/** Someone else took the last slot. */
	static final String TAKEN = "TAKEN";
	/** The request was called off or is over. */
	static final String CLOSED = "CLOSED";

	record RequestRow(UUID request, UUID community, UUID circle, HelpKind kind, Instant startsAt, Instant endsAt,
			String personName, String neighbourhood, Instant createdAt) {
	}

	record OfferRow(UUID id, UUID request, AccountId volunteer, String status, Double km, AccountId offeredBy,
			Instant offeredAt, Instant expiresAt, Instant answeredAt) {

		boolean openAt(Instant now) {
			return OPEN.equals(status) && expiresAt.isAfter(now);
		}
	}

	/** An open offer with its request, for the volunteer's list. */
	record OpenOffer(OfferRow offer, RequestRow request) {
	}

	private static final String OFFER = "o.id, o.request_id, o.volunteer_id, o.status, o.km, o.offered_by, o.offered_at,"
			+ " o.expires_at, o.answered_at";

	private static final String REQUEST = "r.request_id, r.community_id, r.circle_id, r.kind, r.starts_at, r.ends_at,"
			+ " r.person_name, r.neighbourhood, r.created_at";

	private final JdbcClient jdbc;

	Offers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the request unless it is there already; its times follow the request when it moves. */
	void remember(RequestRow row) {
		jdbc.sql("""
				insert into matching_request (request_id, community_id, circle_id, kind, starts_at, ends_at, person_name,
				neighbourhood, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(row.request(), row.community(), row.circle(), row.kind().name(), utc(row.startsAt()),
					utc(row.endsAt()), row.personName(), row.neighbourhood(), utc(row.createdAt()))
			.update();
		jdbc.sql("update matching_request set starts_at = ?, ends_at = ?, kind = ? where request_id = ?")
			.params(utc(row.startsAt()), utc(row.endsAt()), row.kind().name(), row.request()).update();
	}

	/** Locks the request's row until the transaction ends, so that two deliveries offer it one after the other. */
	Optional<RequestRow> lock(UUID request) {
		return jdbc.sql("select " + REQUEST + " from matching_request r where r.request_id = ? for update")
			.param(request).query((rs, n) -> request(rs)).optional();
	}

	List<OfferRow> ofRequest(UUID request) {
		return jdbc.sql("select " + OFFER + " from matching_offer o where o.request_id = ? order by o.offered_at, o.id")
			.param(request).query((rs, n) -> offer(rs)).list();
	}

	/** How many offers of the request are open at {@code now}. */
	int openCount(UUID request, Instant now) {
		return jdbc.sql("select count(*) from matching_offer where request_id = ? and status = ? and expires_at > ?")
			.params(request, OPEN, utc(now)).query(Integer.class).single();
	}

	Optional<OfferRow> find(UUID request, AccountId volunteer) {
		return jdbc.sql("select " + OFFER + " from matching_offer o where o.request_id = ? and o.volunteer_id = ?")
			.params(request, volunteer.value()).query((rs, n) -> offer(rs)).optional();
	}

	/** Volunteers holding an open offer for another request of the community at an overlapping time. */
	Set<AccountId> offeredElsewhere(UUID community, UUID request, Instant startsAt, Instant endsAt, Instant now) {
		return new HashSet<>(jdbc.sql("""
				select o.volunteer_id from matching_offer o join matching_request r on r.request_id = o.request_id
				where r.community_id = ? and r.request_id <> ? and o.status = ? and o.expires_at > ?
				and r.starts_at < ? and r.ends_at > ?""")
			.params(community, request, OPEN, utc(now), utc(endsAt), utc(startsAt))
			.query((rs, n) -> new AccountId(rs.getObject(1, UUID.class))).list());
	}

	/** Adds an offer; false when this volunteer was offered this request before. */
	boolean insert(OfferRow row) {
		return jdbc.sql("""
				insert into matching_offer (id, request_id, volunteer_id, status, km, offered_by, offered_at, expires_at)
				values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(row.id(), row.request(), row.volunteer().value(), row.status(), row.km(),
					row.offeredBy() == null ? null : row.offeredBy().value(), utc(row.offeredAt()),
					utc(row.expiresAt()))
			.update() == 1;
	}

	/** Answers an offer still open at {@code now}; false when it was answered, taken or expired before. */
	boolean answer(UUID request, AccountId volunteer, String status, Instant now) {
		return jdbc.sql("""
				update matching_offer set status = ?, answered_at = ?
				where request_id = ? and volunteer_id = ? and status = ? and expires_at > ?""")
			.params(status, utc(now), request, volunteer.value(), OPEN, utc(now)).update() == 1;
	}

	/** Marks an offer whatever its state was (the claim said it is yours, or taken). */
	void settle(UUID request, AccountId volunteer, String status, Instant now) {
		jdbc.sql("update matching_offer set status = ?, answered_at = ? where request_id = ? and volunteer_id = ?")
			.params(status, utc(now), request, volunteer.value()).update();
	}

	/** The offers of a request that are still open, answerable or not. */
	List<OfferRow> openOf(UUID request) {
		return jdbc.sql("select " + OFFER + " from matching_offer o where o.request_id = ? and o.status = ?")
			.params(request, OPEN).query((rs, n) -> offer(rs)).list();
	}

	/** Closes every offer of a request still open; how many. */
	int closeOpen(UUID request, String status, Instant now) {
		return jdbc.sql("update matching_offer set status = ?, answered_at = ? where request_id = ? and status = ?")
			.params(status, utc(now), request, OPEN).update();
	}

	/**
	 * Takes back the open offers of a request that were made before {@code before}: the request moved, and they name
	 * the old time. They are deleted rather than closed, so that the same volunteers may be offered the new time.
	 * Returns the offers taken back.
	 */
	List<OfferRow> withdrawOpenBefore(UUID request, Instant before) {
		List<OfferRow> open = openOf(request).stream().filter(offer -> offer.offeredAt().isBefore(before)).toList();
		jdbc.sql("delete from matching_offer where request_id = ? and status = ? and offered_at < ?")
			.params(request, OPEN, utc(before)).update();
		return open;
	}

	/** The requests with open offers whose time is up, at most {@code most}. */
	List<UUID> withExpired(Instant now, int most) {
		return jdbc.sql("""
				select distinct request_id from matching_offer where status = ? and expires_at <= ?
				order by request_id limit ?""")
			.params(OPEN, utc(now), most).query(UUID.class).list();
	}

	int expire(UUID request, Instant now) {
		return jdbc.sql("""
				update matching_offer set status = ?, answered_at = ? where request_id = ? and status = ?
				and expires_at <= ?""")
			.params(EXPIRED, utc(now), request, OPEN, utc(now)).update();
	}

	/** A volunteer's open offers for requests not yet started, soonest first. */
	List<OpenOffer> openFor(AccountId volunteer, Instant now) {
		return jdbc.sql("select " + OFFER + ", " + REQUEST + """
				 from matching_offer o join matching_request r on r.request_id = o.request_id
				where o.volunteer_id = ? and o.status = ? and o.expires_at > ? and r.starts_at > ?
				order by r.starts_at, r.request_id""")
			.params(volunteer.value(), OPEN, utc(now), utc(now))
			.query((rs, n) -> new OpenOffer(offer(rs), request(rs))).list();
	}

	private static OfferRow offer(ResultSet rs) throws SQLException {
		UUID by = rs.getObject("offered_by", UUID.class);
		Object km = rs.getObject("km");
		return new OfferRow(rs.getObject("id", UUID.class), rs.getObject("request_id", UUID.class),
				new AccountId(rs.getObject("volunteer_id", UUID.class)), rs.getString("status"),
				km == null ? null : ((Number) km).doubleValue(), by == null ? null : new AccountId(by),
				instant(rs, "offered_at"), instant(rs, "expires_at"), instant(rs, "answered_at"));
	}

	private static RequestRow request(ResultSet rs) throws SQLException {
		return new RequestRow(rs.getObject("request_id", UUID.class), rs.getObject("community_id", UUID.class),
				rs.getObject("circle_id", UUID.class), HelpKind.valueOf(rs.getString("kind")),
				instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("person_name"),
				rs.getString("neighbourhood"), instant(rs, "created_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
