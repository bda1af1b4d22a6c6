package org.wraparound.stories;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.communities.CommunityId;

/** When each published story was published, and where: for a module that counts (impact). Read-only. */
@Service
@Transactional(readOnly = true)
public class StoryHistory {

	private final JdbcClient jdbc;

	StoryHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every story published now, with its community and the moment it was published. */
	public List<Published> published() {
		return jdbc.sql("select id, community_id, published_at from stories_story "
				+ "where status = 'PUBLISHED' and published_at is not null")
			.query((rs, row) -> new Published(new StoryId(rs.getObject(1, UUID.class)),
					new CommunityId(rs.getObject(2, UUID.class)), rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list();
	}

	/** A published story's id, community and date. */
	public record Published(StoryId story, CommunityId community, Instant at) {
	}
}
