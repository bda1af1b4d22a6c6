package org.wraparound.circles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.communities.CommunityId;

/**
 * What happened to every circle and referral, without a word about the people: for a module that counts (impact)
 * and must recount from the start. Read-only; no person's name, profile or needs' notes leave through it.
 */
@Service
@Transactional(readOnly = true)
public class CircleHistory {

	private final JdbcClient jdbc;

	CircleHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** When each circle opened and, if so, when its person died and when it closed. */
	public List<Milestones> circles() {
		return jdbc.sql("select id, community_id, opened_at, died_on, closed_at from circles_circle")
			.query((rs, row) -> new Milestones(new CommunityId(rs.getObject("community_id", UUID.class)),
					new CircleId(rs.getObject("id", UUID.class)), instant(rs.getObject("opened_at", OffsetDateTime.class)),
					Optional.ofNullable(rs.getObject("died_on", LocalDate.class)),
					Optional.ofNullable(rs.getObject("closed_at", OffsetDateTime.class)).map(CircleHistory::instant)))
			.list();
	}

	/** Every referral received, as it was announced: from whom (by role), for which domains, when. */
	public List<ReferralReceived> referrals() {
		Map<UUID, Set<SupportDomain>> domains = jdbc.sql("select referral_id, domain from circles_referral_need")
			.query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), SupportDomain.valueOf(rs.getString(2))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue,
					Collectors.toCollection(() -> EnumSet.noneOf(SupportDomain.class)))));
		return jdbc.sql("select id, community_id, referrer_role, received_at from circles_referral")
			.query((rs, row) -> {
				UUID id = rs.getObject("id", UUID.class);
				return new ReferralReceived(new CommunityId(rs.getObject("community_id", UUID.class)), new ReferralId(id),
						ReferrerRole.valueOf(rs.getString("referrer_role")),
						domains.getOrDefault(id, Set.of()), instant(rs.getObject("received_at", OffsetDateTime.class)));
			})
			.list();
	}

	private static Instant instant(OffsetDateTime at) {
		return at.toInstant();
	}

	/** A circle's dates, and nothing else about it. */
	public record Milestones(CommunityId community, CircleId circle, Instant openedAt, Optional<LocalDate> diedOn,
			Optional<Instant> closedAt) {
	}
}
