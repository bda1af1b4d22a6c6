package org.wraparound.helping;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.circles.CircleId;
import org.wraparound.communities.CommunityId;

/**
 * Read-only questions matching asks about help requests, never about the person: a request's summary, the open
 * requests of a community, and who committed to what (for busy times, fairness of load and continuity).
 */
@Service
@Transactional(readOnly = true)
public class HelpHistory {

	private final Requests requests;
	private final HelpRequests help;
	private final JdbcClient jdbc;

	HelpHistory(Requests requests, HelpRequests help, JdbcClient jdbc) {
		this.requests = requests;
		this.help = help;
		this.jdbc = jdbc;
	}

	/** One request's summary; empty when there is no such request. */
	public Optional<RequestSummary> summary(RequestId id) {
		return requests.find(id.value()).map(row -> summary(row, help.zone(new CommunityId(row.community()))));
	}

	/** The community's open requests that start after {@code after}, soonest first, at most {@code most}. */
	public List<RequestSummary> openIn(CommunityId community, Instant after, int most) {
		ZoneId zone = help.zone(community);
		return requests.openIn(community.value(), after, most).stream().map(row -> summary(row, zone)).toList();
	}

	/** Every commitment made in the community on requests not called off. */
	public List<PastHelp> commitmentsIn(CommunityId community) {
		return jdbc.sql("""
				select c.helper_id, r.circle_id, r.id, r.starts_at, r.ends_at, c.committed_at, c.done_at, c.thanked_at
				from helping_commitment c join helping_request r on r.id = c.request_id
				where r.community_id = ? and r.status <> ? order by r.starts_at, r.id, c.helper_id""")
			.params(community.value(), Requests.CANCELLED).query(HelpHistory::pastHelp).list();
	}

	/** Every commitment {@code helper} made on requests not called off. */
	public List<PastHelp> commitmentsOf(AccountId helper) {
		return jdbc.sql("""
				select c.helper_id, r.circle_id, r.id, r.starts_at, r.ends_at, c.committed_at, c.done_at, c.thanked_at
				from helping_commitment c join helping_request r on r.id = c.request_id
				where c.helper_id = ? and r.status <> ? order by r.starts_at, r.id""")
			.params(helper.value(), Requests.CANCELLED).query(HelpHistory::pastHelp).list();
	}

	private static RequestSummary summary(Requests.Row row, ZoneId zone) {
		CommunityId community = new CommunityId(row.community());
		return new RequestSummary(new RequestId(row.id()), community, new CircleId(row.circle()), row.kind(),
				row.startsAt(), row.endsAt(), row.slots(), row.taken(), row.open(), Optional.ofNullable(row.latitude()),
				Optional.ofNullable(row.longitude()), row.details().wheelchairVehicle(), zone);
	}

	private static PastHelp pastHelp(ResultSet rs, int n) throws SQLException {
		return new PastHelp(new AccountId(rs.getObject(1, UUID.class)), new CircleId(rs.getObject(2, UUID.class)),
				new RequestId(rs.getObject(3, UUID.class)), instant(rs, 4), instant(rs, 5), instant(rs, 6),
				rs.getObject(7) != null, rs.getObject(8) != null);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
