package org.wraparound.helping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;

/**
 * The calendar's one query: a circle's requests starting in a time range, with whether the viewer committed to each,
 * in a single statement whatever the number of requests (the circle-and-start index serves the range).
 */
@Component
class CalendarQueries {

	private final JdbcClient jdbc;

	CalendarQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The circle's requests starting at or after {@code from} and before {@code until}, soonest first. */
	List<CalendarEntry> between(UUID circle, Instant from, Instant until, CalendarFilter filter, AccountId viewer,
			Instant now) {
		StringBuilder sql = new StringBuilder("""
				select r.id, r.kind, r.starts_at, r.ends_at, r.slots, r.taken, r.status,
				    case when exists (select 1 from helping_commitment c where c.request_id = r.id and c.helper_id = ?)
				        then 1 else 0 end as yours
				from helping_request r
				where r.circle_id = ? and r.starts_at >= ? and r.starts_at < ?""");
		List<Object> params = new ArrayList<>(List.of(viewer.value(), circle, utc(from), utc(until)));
		filter.kind().ifPresent(kind -> {
			sql.append(" and r.kind = ?");
			params.add(kind.name());
		});
		if (filter.needsHelpOnly()) {
			sql.append(" and r.status = ? and r.taken < r.slots and r.ends_at > ?");
			params.add(Requests.OPEN);
			params.add(utc(now));
		}
		sql.append(" order by r.starts_at, r.id");
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
			Instant endsAt = rs.getObject("ends_at", OffsetDateTime.class).toInstant();
			return new CalendarEntry(new RequestId(rs.getObject("id", UUID.class)), HelpKind.valueOf(rs.getString("kind")),
					rs.getObject("starts_at", OffsetDateTime.class).toInstant(), endsAt, rs.getInt("slots"),
					rs.getInt("taken"), !Requests.OPEN.equals(rs.getString("status")), !endsAt.isAfter(now),
					rs.getInt("yours") == 1);
		}).list();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
