package org.wraparound.impact;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;

/**
 * What communities achieved, read from impact's facts and daily sums. Every figure is an aggregate; who may see a
 * community's figures (its champions and staff) is checked by the caller, as for the rest of a champion's pages.
 */
@Service
@Transactional(readOnly = true)
public class Impact {

	/** How long the home page's live figures are kept before they are counted again. */
	static final Duration LIVE_FOR = Duration.ofMinutes(10);

	private final Readings readings;
	private final Rebuild rebuild;
	private final CommunityManagement communities;
	private final JdbcClient jdbc;
	private final Zones zones;
	private final Clock clock;
	private final AtomicReference<Cached> live = new AtomicReference<>();

	Impact(Readings readings, Rebuild rebuild, CommunityManagement communities, JdbcClient jdbc, Zones zones,
			Clock clock) {
		this.readings = readings;
		this.rebuild = rebuild;
		this.communities = communities;
		this.jdbc = jdbc;
		this.zones = zones;
		this.clock = clock;
	}

	/** The community's figures for the period, and for the period just before it. */
	public Dashboard dashboard(CommunityId community, Period period) {
		Instant now = clock.instant();
		return new Dashboard(readings.figures(community.value(), period, now),
				readings.figures(community.value(), period.previous(), now));
	}

	/** Every community's figures for the period, side by side (for staff). */
	public List<Row> everyCommunity(Period period) {
		Instant now = clock.instant();
		return communities.all().stream()
			.map(community -> new Row(community, readings.figures(community.id().value(), period, now)))
			.toList();
	}

	/** Today in the community's time zone, for its default range. */
	public LocalDate today(CommunityId community) {
		return zones.today(community.value());
	}

	/** What one person gave as a helper, across communities. */
	public Given given(AccountId helper) {
		long minutes = jdbc.sql("select coalesce(sum(minutes), 0) from impact_hours where volunteer_id = ?")
			.params(helper.value()).query(Long.class).single();
		long people = jdbc.sql("select count(distinct circle_id) from impact_commitment where helper_id = ? "
				+ "and done_on is not null").params(helper.value()).query(Long.class).single();
		long thanks = jdbc.sql("select count(*) from impact_commitment where helper_id = ? and thanked_on is not null")
			.params(helper.value()).query(Long.class).single();
		return new Given(minutes, people, thanks);
	}

	/** The home page's live figures, counted at most every {@link #LIVE_FOR}. */
	public Live live() {
		Instant now = clock.instant();
		Cached cached = live.get();
		if (cached == null || cached.at().plus(LIVE_FOR).isBefore(now) || cached.at().isAfter(now)) {
			cached = new Cached(now, count(LocalDate.now(clock)));
			live.set(cached);
		}
		return cached.figures();
	}

	/** Forgets every fact and recounts everything from the source modules. */
	@Transactional
	public void rebuild() {
		rebuild.run();
		live.set(null);
	}

	private Live count(LocalDate today) {
		LocalDate newYear = today.withDayOfYear(1);
		long people = jdbc.sql("select count(*) from impact_circle where opened_on <= ? "
				+ "and (closed_on is null or closed_on >= ?)").params(today, newYear).query(Long.class).single();
		long minutes = jdbc.sql("select coalesce(sum(amount), 0) from impact_day where figure = ? and sum_day between ? and ?")
			.params(Figure.HOURS, newYear, today).query(Long.class).single();
		return new Live(communities.all().size(), new Count(people), Math.round(minutes / 60.0), today.getYear());
	}

	private record Cached(Instant at, Live figures) {
	}

	/** This period's figures and the previous period's. */
	public record Dashboard(Figures now, Figures before) {
	}

	/** One community's figures, in the staff's side-by-side view. */
	public record Row(CommunitySummary community, Figures figures) {
	}

	/** What a helper gave: approved hours (in minutes), people helped, thanks received. */
	public record Given(long minutes, long peopleHelped, long thanks) {

		public long hours() {
			return Math.round(minutes / 60.0);
		}
	}

	/** The home page's live figures for this year. */
	public record Live(long communities, Count peopleSupported, long hours, int year) {
	}
}
