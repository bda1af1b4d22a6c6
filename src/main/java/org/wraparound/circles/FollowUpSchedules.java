package org.wraparound.circles;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;

/** A community's own times for bereavement check-ins, kept as ISO periods such as {@code P1M,P3M}. */
@Component
class FollowUpSchedules {

	private final JdbcClient jdbc;

	FollowUpSchedules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<List<Period>> of(CommunityId community) {
		return jdbc.sql("select check_ins from circles_follow_up_schedule where community_id = ?")
			.param(community.value()).query(String.class).optional()
			.map(text -> Arrays.stream(text.split(",")).map(Period::parse).toList());
	}

	void save(CommunityId community, List<Period> checkIns, AccountId by, Instant now) {
		String text = checkIns.stream().map(Period::toString).collect(Collectors.joining(","));
		int updated = jdbc.sql("""
				update circles_follow_up_schedule set check_ins = ?, updated_at = ?, updated_by = ?
				where community_id = ?""").params(text, Timestamp.from(now), by.value(), community.value()).update();
		if (updated == 0) {
			jdbc.sql("""
					insert into circles_follow_up_schedule (community_id, check_ins, updated_at, updated_by)
					values (?, ?, ?, ?)""").params(community.value(), text, Timestamp.from(now), by.value()).update();
		}
	}
}
