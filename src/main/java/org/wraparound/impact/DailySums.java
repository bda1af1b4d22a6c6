package org.wraparound.impact;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The daily sums ({@code impact_day}) of one community: recounted from its facts for the days a change touched, each
 * count read through an index on (community, day), so a recount costs one day's facts whatever the history.
 */
@Component
class DailySums {

	/** Each sum: its figure, then the query (community and day as parameters) giving its details and amounts. */
	private static final String[][] SUMS = {
			{ Figure.CIRCLES_OPENED, "select '', count(*) from impact_circle where community_id = ? and opened_on = ?" },
			{ Figure.CIRCLES_CLOSED, "select '', count(*) from impact_circle where community_id = ? and closed_on = ?" },
			{ Figure.DEATHS, "select '', count(*) from impact_circle where community_id = ? and died_on = ?" },
			{ Figure.REFERRALS, "select source, count(*) from impact_referral where community_id = ? and received_on = ? "
					+ "group by source" },
			{ Figure.POSTED, "select kind || ':' || domain, count(*) from impact_request where community_id = ? "
					+ "and posted_on = ? group by kind, domain" },
			{ Figure.FILLED, "select kind || ':' || domain, count(*) from impact_request where community_id = ? "
					+ "and posted_on = ? and fill_seconds is not null and not cancelled group by kind, domain" },
			{ Figure.FILLED_IN_A_DAY, "select '', count(*) from impact_request where community_id = ? and posted_on = ? "
					+ "and fill_seconds <= 86400 and not cancelled" },
			{ Figure.CANCELLED, "select kind || ':' || domain, count(*) from impact_request where community_id = ? "
					+ "and posted_on = ? and cancelled group by kind, domain" },
			{ Figure.HELP_GIVEN, "select '', count(*) from impact_commitment where community_id = ? and done_on = ?" },
			{ Figure.THANKS, "select '', count(*) from impact_commitment where community_id = ? and thanked_on = ?" },
			{ Figure.HOURS, "select '', sum(minutes) from impact_hours where community_id = ? and worked_on = ?" },
			{ Figure.APPLIED, "select '', count(*) from impact_volunteer where community_id = ? and applied_on = ?" },
			{ Figure.APPROVED, "select '', count(*) from impact_volunteer where community_id = ? and approved_on = ?" },
			{ Figure.STORIES, "select '', count(*) from impact_event where community_id = ? and happened_on = ? "
					+ "and family = 'story'" },
			{ Figure.SURVEYS, "select '', count(*) from impact_event where community_id = ? and happened_on = ? "
					+ "and family = 'survey'" },
			{ Figure.CHARTER, "select '', count(*) from impact_event where community_id = ? and happened_on = ? "
					+ "and family = 'charter'" } };

	private final JdbcClient jdbc;

	DailySums(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Recounts every sum of the community on each of the days given ({@code null} days are skipped). */
	void recount(UUID community, LocalDate... days) {
		Set<LocalDate> distinct = new LinkedHashSet<>();
		for (LocalDate day : days) {
			if (day != null) {
				distinct.add(day);
			}
		}
		distinct.forEach(day -> recountDay(community, day));
	}

	private void recountDay(UUID community, LocalDate day) {
		jdbc.sql("delete from impact_day where community_id = ? and sum_day = ?").params(community, day).update();
		for (String[] sum : SUMS) {
			jdbc.sql(sum[1]).params(community, day).query((rs, row) -> new Object[] { rs.getString(1), rs.getLong(2) })
				.list()
				.stream()
				.filter(found -> (Long) found[1] > 0)
				.forEach(found -> jdbc.sql("insert into impact_day (community_id, sum_day, figure, detail, amount) "
						+ "values (?, ?, ?, ?, ?)").params(community, day, sum[0], found[0], found[1]).update());
		}
	}

	/** Recounts every day of every community from the facts (after a rebuild). */
	void recountAll() {
		jdbc.sql("delete from impact_day").update();
		jdbc.sql("""
				select community_id, opened_on from impact_circle
				union select community_id, closed_on from impact_circle where closed_on is not null
				union select community_id, died_on from impact_circle where died_on is not null
				union select community_id, received_on from impact_referral
				union select community_id, posted_on from impact_request
				union select community_id, done_on from impact_commitment where done_on is not null
				union select community_id, thanked_on from impact_commitment where thanked_on is not null
				union select community_id, worked_on from impact_hours
				union select community_id, applied_on from impact_volunteer where applied_on is not null
				union select community_id, approved_on from impact_volunteer where approved_on is not null
				union select community_id, happened_on from impact_event""")
			.query((rs, row) -> new Object[] { rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class) })
			.list()
			.forEach(pair -> recountDay((UUID) pair[0], (LocalDate) pair[1]));
	}
}
