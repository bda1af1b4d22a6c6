package org.wraparound.toolkit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.communities.CommunityId;

/** Every answer to a community's surveys, as announced (no answer, no person): for impact's recount. Read-only. */
@Service
@Transactional(readOnly = true)
public class SurveyHistory {

	private final JdbcClient jdbc;

	SurveyHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One {@link SurveyAnswered} per stored answer, at the moment (or the day, when anonymous) it keeps. */
	public List<SurveyAnswered> answers() {
		return jdbc.sql("""
				select s.community_id, s.id, r.answered_at, r.id
				from toolkit_survey_response r join toolkit_survey s on s.id = r.survey_id""")
			.query((rs, row) -> new SurveyAnswered(new CommunityId(rs.getObject(1, UUID.class)),
					rs.getObject(2, UUID.class), rs.getObject(3, OffsetDateTime.class).toInstant(),
					rs.getObject(4, UUID.class)))
			.list();
	}
}
