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

	/**
	 * Each sum again, for every community and day at once (after a rebuild): the same figures, details and amounts as
	 * {@link #SUMS}, grouped by community and day rather than read for one of them.
	 */
	private static final String[][] ALL_SUMS = {
			{ Figure.CIRCLES_OPENED, "select community_id, opened_on, '', count(*) from impact_circle "
					+ "group by community_id, opened_on" },
			{ Figure.CIRCLES_CLOSED, "select community_id, closed_on, '', count(*) from impact_circle "
					+ "where closed_on is not null group by community_id, closed_on" },
			{ Figure.DEATHS, "select community_id, died_on, '', count(*) from impact_circle where died_on is not null "
					+ "group by community_id, died_on" },
			{ Figure.REFERRALS, "select community_id, received_on, source, count(*) from impact_referral "
					+ "group by community_id, received_on, source" },
			{ Figure.POSTED, "select community_id, posted_on, kind || ':' || domain, count(*) from impact_request "
					+ "group by community_id, posted_on, kind, domain" },
			{ Figure.FILLED, "select community_id, posted_on, kind || ':' || domain, count(*) from impact_request "
					+ "where fill_seconds is not null and not cancelled group by community_id, posted_on, kind, domain" },
			{ Figure.FILLED_IN_A_DAY, "select community_id, posted_on, '', count(*) from impact_request "
					+ "where fill_seconds <= 86400 and not cancelled group by community_id, posted_on" },
			{ Figure.CANCELLED, "select community_id, posted_on, kind || ':' || domain, count(*) from impact_request "
					+ "where cancelled group by community_id, posted_on, kind, domain" },
			{ Figure.HELP_GIVEN, "select community_id, done_on, '', count(*) from impact_commitment "
					+ "where done_on is not null group by community_id, done_on" },
			{ Figure.THANKS, "select community_id, thanked_on, '', count(*) from impact_commitment "
					+ "where thanked_on is not null group by community_id, thanked_on" },
			{ Figure.HOURS, "select community_id, worked_on, '', sum(minutes) from impact_hours "
					+ "group by community_id, worked_on having sum(minutes) > 0" },
			{ Figure.APPLIED, "select community_id, applied_on, '', count(*) from impact_volunteer "
					+ "where applied_on is not null group by community_id, applied_on" },
			{ Figure.APPROVED, "select community_id, approved_on, '', count(*) from impact_volunteer "
					+ "where approved_on is not null group by community_id, approved_on" },
			{ Figure.STORIES, "select community_id, happened_on, '', count(*) from impact_event where family = 'story' "
					+ "group by community_id, happened_on" },
			{ Figure.SURVEYS, "select community_id, happened_on, '', count(*) from impact_event where family = 'survey' "
					+ "group by community_id, happened_on" },
			{ Figure.CHARTER, "select community_id, happened_on, '', count(*) from impact_event where family = 'charter' "
					+ "group by community_id, happened_on" } };

	/**
	 * Recounts every day of every community from the facts (after a rebuild): one insert from a grouped select a sum,
	 * so that ten years of history take sixteen statements rather than hundreds of thousands.
	 */
	void recountAll() {
		jdbc.sql("delete from impact_day").update();
		for (String[] sum : ALL_SUMS) {
			// the figure is one of our constants, written into the statement as a literal
			String select = sum[1].replaceFirst("^select community_id, (\\w+), ",
					"select community_id, $1, '" + sum[0] + "', ");
			jdbc.sql("insert into impact_day (community_id, sum_day, figure, detail, amount) " + select).update();
		}
	}
}
