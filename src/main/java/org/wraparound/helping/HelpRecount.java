package org.wraparound.helping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

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

	/** How many requests {@link #eachPage} hands over at a time. */
	public static final int PAGE = 5_000;

	/**
	 * Each request with its kind, times and commitments, handed over {@link #PAGE} at a time in the order of their ids,
	 * so that however long the history only one page is ever held in memory.
	 */
	public void eachPage(Consumer<List<Posted>> consumer) {
		UUID after = null;
		while (true) {
			List<Posted> page = page(after);
			if (page.isEmpty()) {
				return;
			}
			consumer.accept(page);
			if (page.size() < PAGE) {
				return;
			}
			after = page.get(page.size() - 1).request().value();
		}
	}

	/** One page of requests after the given id (from the first when null), joined to their commitments. */
	private List<Posted> page(UUID after) {
		Map<UUID, Posted> page = new LinkedHashMap<>();
		jdbc.sql("""
				select r.id, r.community_id, r.circle_id, r.kind, r.starts_at, r.posted_at, r.status,
				       c.helper_id, c.committed_at, c.done_at, c.thanked_at
				from (select id, community_id, circle_id, kind, starts_at, posted_at, status from helping_request
				      %s order by id fetch first %d rows only) r
				left join helping_commitment c on c.request_id = r.id
				order by r.id""".formatted(after == null ? "" : "where id > ?", PAGE))
			.params(after == null ? List.of() : List.of(after))
			.query(rs -> {
				UUID id = rs.getObject("id", UUID.class);
				Posted posted = page.get(id);
				if (posted == null) {
					HelpKind kind = HelpKind.valueOf(rs.getString("kind"));
					posted = new Posted(new CommunityId(rs.getObject("community_id", UUID.class)),
							new CircleId(rs.getObject("circle_id", UUID.class)), new RequestId(id), kind, kind.domain(),
							instant(rs, "posted_at").orElseThrow(), instant(rs, "starts_at").orElseThrow(),
							Requests.CANCELLED.equals(rs.getString("status")), new ArrayList<>());
					page.put(id, posted);
				}
				UUID helper = rs.getObject("helper_id", UUID.class);
				if (helper != null) {
					posted.pledges().add(new Pledge(new AccountId(helper), instant(rs, "committed_at").orElseThrow(),
							instant(rs, "done_at"), instant(rs, "thanked_at")));
				}
			});
		return List.copyOf(page.values());
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
