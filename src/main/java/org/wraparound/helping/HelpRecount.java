package org.wraparound.helping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.circles.CircleId;
import org.wraparound.communities.CommunityId;

/**
 * Every help request ever posted and who committed to it, without notes, addresses or words of thanks: for a module
 * that counts (impact) and must recount from the start. Read-only.
 */
@Service
@Transactional(readOnly = true)
public class HelpRecount {

	private final JdbcClient jdbc;

	HelpRecount(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Each request with its kind, times and commitments, as the events told them. */
	public List<Posted> requests() {
		Map<UUID, List<Pledge>> pledges = jdbc.sql("""
				select request_id, helper_id, committed_at, done_at, thanked_at from helping_commitment""")
			.query((rs, row) -> Map.entry(rs.getObject("request_id", UUID.class),
					new Pledge(new AccountId(rs.getObject("helper_id", UUID.class)), instant(rs, "committed_at").orElseThrow(),
							instant(rs, "done_at"), instant(rs, "thanked_at"))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return jdbc.sql("select id, community_id, circle_id, kind, starts_at, posted_at, status from helping_request")
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				HelpKind kind = HelpKind.valueOf(rs.getString("kind"));
				return new Posted(new CommunityId(rs.getObject("community_id", UUID.class)),
						new CircleId(rs.getObject("circle_id", UUID.class)), new RequestId(id), kind, kind.domain(),
						instant(rs, "posted_at").orElseThrow(), instant(rs, "starts_at").orElseThrow(),
						Requests.CANCELLED.equals(rs.getString("status")), pledges.getOrDefault(id, List.of()));
			})
			.list();
	}

	private static Optional<Instant> instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
	}

	/** A request as posted, whether it was called off, and its commitments. */
	public record Posted(CommunityId community, CircleId circle, RequestId request, HelpKind kind,
			org.wraparound.circles.SupportDomain domain, Instant postedAt, Instant startsAt, boolean cancelled,
			List<Pledge> pledges) {
	}

	/** One helper's commitment: when made, done and thanked. */
	public record Pledge(AccountId helper, Instant committedAt, Optional<Instant> doneAt, Optional<Instant> thankedAt) {
	}
}
