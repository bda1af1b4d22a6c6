package org.wraparound.volunteers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wraparound.accounts.AccountId;
import org.wraparound.helping.HelpKind;

/** Hours volunteers gave, proposed or approved. */
@Repository
class Hours {

	static final String PROPOSED = "PROPOSED";
	static final String APPROVED = "APPROVED";

	private static final String SELECT = """
			select h.id, v.account_id, h.kind, h.activity, h.worked_on, h.minutes, h.approved_at
			from volunteers_hours h join volunteers_volunteer v on v.id = h.volunteer_id""";

	private final JdbcClient jdbc;

	Hours(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Proposes the hours of one completed request, once; false when they were proposed before. */
	boolean proposeOnce(UUID volunteer, UUID request, HelpKind kind, LocalDate day, int minutes, Instant at) {
		return jdbc.sql("""
				insert into volunteers_hours (id, volunteer_id, request_id, kind, activity, worked_on, minutes, status,
				  logged_at)
				select ?, ?, ?, ?, '', ?, ?, ?, ?
				where not exists (select 1 from volunteers_hours where volunteer_id = ? and request_id = ?)""")
			.params(UUID.randomUUID(), volunteer, request, kind.name(), day, minutes, PROPOSED,
					Applications.utc(at), volunteer, request)
			.update() == 1;
	}

	void add(UUID volunteer, String activity, LocalDate day, int minutes, Instant at) {
		jdbc.sql("""
				insert into volunteers_hours (id, volunteer_id, activity, worked_on, minutes, status, logged_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), volunteer, activity, day, minutes, PROPOSED, Applications.utc(at)).update();
	}

	List<HoursEntry> of(UUID volunteer) {
		return jdbc.sql(SELECT + " where h.volunteer_id = ? order by h.worked_on, h.id").param(volunteer)
			.query(Hours::entry).list();
	}

	/** A community's proposed hours, oldest first. */
	List<HoursEntry> proposedIn(UUID community) {
		return jdbc.sql(SELECT + " where v.community_id = ? and h.status = ? order by h.worked_on, h.id")
			.params(community, PROPOSED).query(Hours::entry).list();
	}

	/** Approves proposed hours of the community, with the minutes the champion settled on; false if not proposed. */
	boolean approve(UUID community, UUID entry, int minutes, AccountId champion, Instant at) {
		return jdbc.sql("""
				update volunteers_hours set minutes = ?, status = ?, approved_by = ?, approved_at = ?
				where id = ? and status = ?
				  and volunteer_id in (select id from volunteers_volunteer where community_id = ?)""")
			.params(minutes, APPROVED, champion.value(), Applications.utc(at), entry, PROPOSED, community)
			.update() == 1;
	}

	java.util.Optional<HoursEntry> find(UUID entry) {
		return jdbc.sql(SELECT + " where h.id = ?").param(entry).query(Hours::entry).optional();
	}

	private static HoursEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String kind = rs.getString("kind");
		OffsetDateTime approved = rs.getObject("approved_at", OffsetDateTime.class);
		return new HoursEntry(rs.getObject("id", UUID.class), new AccountId(rs.getObject("account_id", UUID.class)),
				kind == null ? null : HelpKind.valueOf(kind), rs.getString("activity"),
				rs.getObject("worked_on", LocalDate.class), rs.getInt("minutes"),
				approved == null ? null : approved.toInstant());
	}
}
