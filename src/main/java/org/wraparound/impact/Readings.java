package org.wraparound.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wraparound.circles.ReferrerRole;
import org.wraparound.circles.SupportDomain;
import org.wraparound.helping.HelpKind;

/**
 * Reads one community's figures for one period: sums from {@code impact_day} (one row per day and figure), medians
 * and distinct counts from the facts through their (community, day) indexes. What it reads grows with the length of
 * the period, never with the length of the history.
 */
@Component
class Readings {

	private static final int ACTIVE_DAYS = 90;

	private final JdbcClient jdbc;

	Readings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Figures figures(UUID community, Period period, Instant now) {
		Sums sums = sums(community, period);
		Map<String, Long> unfilled = new HashMap<>();
		jdbc.sql("select kind || ':' || domain, count(*) from impact_request where community_id = ? "
				+ "and posted_on between ? and ? and fill_seconds is null and not cancelled and starts_at < ? "
				+ "group by kind, domain")
			.params(community, period.from(), period.to(), Facts.utc(now))
			.query(rs -> {
				unfilled.put(rs.getString(1), rs.getLong(2));
			});
		Map<HelpKind, Figures.Requests> byKind = new EnumMap<>(HelpKind.class);
		Map<SupportDomain, Figures.Requests> byDomain = new EnumMap<>(SupportDomain.class);
		sums.details(Figure.POSTED).keySet().forEach(detail -> {
			String[] parts = detail.split(":");
			HelpKind kind = HelpKind.valueOf(parts[0]);
			SupportDomain domain = SupportDomain.valueOf(parts[1]);
			var counts = new Figures.Requests(sums.of(Figure.POSTED, detail), sums.of(Figure.FILLED, detail),
					unfilled.getOrDefault(detail, 0L), sums.of(Figure.CANCELLED, detail));
			byKind.merge(kind, counts, Figures.Requests::plus);
			byDomain.merge(domain, counts, Figures.Requests::plus);
		});
		Figures.Requests requests = byKind.values().stream().reduce(Figures.Requests.NONE, Figures.Requests::plus);
		Object[] median = jdbc.sql("select percentile_cont(0.5) within group (order by fill_seconds), count(*) "
				+ "from impact_request where community_id = ? and posted_on between ? and ? "
				+ "and fill_seconds is not null and not cancelled")
			.params(community, period.from(), period.to())
			.query((rs, row) -> new Object[] { rs.getObject(1) == null ? null : rs.getDouble(1), rs.getLong(2) })
			.single();
		Map<ReferrerRole, Count> referrals = new EnumMap<>(ReferrerRole.class);
		sums.details(Figure.REFERRALS).forEach((source, amount) -> referrals.put(ReferrerRole.valueOf(source),
				new Count(amount)));
		LocalDate end = period.to();
		long retainable = count("select count(*) from impact_volunteer where community_id = ? and approved_on <= ?",
				community, end.minusMonths(6));
		return new Figures(period,
				new Count(count("select count(*) from impact_circle where community_id = ? and opened_on <= ? "
						+ "and (closed_on is null or closed_on >= ?)", community, end, period.from())),
				new Count(sums.total(Figure.CIRCLES_OPENED)), new Count(sums.total(Figure.CIRCLES_CLOSED)),
				new Count(count("select count(*) from impact_circle where community_id = ? and died_on <= ? "
						+ "and (closed_on is null or closed_on >= ?)", community, end, period.from())),
				requests, byKind, byDomain,
				Optional.ofNullable((Double) median[0]).map(seconds -> seconds / 3600.0), (Long) median[1],
				sums.total(Figure.FILLED_IN_A_DAY), new Count(sums.total(Figure.APPLIED)),
				new Count(sums.total(Figure.APPROVED)), new Count(active(community, end, null)),
				new Count(retainable), new Count(active(community, end, end.minusMonths(6))),
				sums.total(Figure.HOURS), referrals, new Count(sums.total(Figure.REFERRALS)),
				sums.total(Figure.STORIES), new Count(sums.total(Figure.SURVEYS)), sums.total(Figure.CHARTER),
				sums.total(Figure.HELP_GIVEN), sums.total(Figure.THANKS), months(sums, period));
	}

	/**
	 * Approved volunteers who gave hours or help in the 90 days up to {@code end}, approved by {@code approvedBy}. The
	 * hours and help are read for the community and those days through their (community, day) indexes, so the count
	 * costs those 90 days whatever the length of the history.
	 */
	private long active(UUID community, LocalDate end, LocalDate approvedBy) {
		LocalDate start = end.minusDays(ACTIVE_DAYS - 1L);
		return count("""
				select count(*) from impact_volunteer v where v.community_id = ? and v.approved_on <= ?
				and v.volunteer_id in (
				    select h.volunteer_id from impact_hours h where h.community_id = ? and h.worked_on between ? and ?
				    union
				    select c.helper_id from impact_commitment c where c.community_id = ? and c.done_on between ? and ?)""",
				community, approvedBy == null ? end : approvedBy, community, start, end, community, start, end);
	}

	private static List<Figures.Month> months(Sums sums, Period period) {
		return period.months().stream()
			.map(month -> new Figures.Month(month, sums.inMonth(Figure.POSTED, month),
					sums.inMonth(Figure.FILLED, month), sums.inMonth(Figure.HOURS, month),
					sums.inMonth(Figure.CIRCLES_OPENED, month)))
			.toList();
	}

	private Sums sums(UUID community, Period period) {
		return new Sums(jdbc.sql("select sum_day, figure, detail, amount from impact_day where community_id = ? "
				+ "and sum_day between ? and ?")
			.params(community, period.from(), period.to())
			.query((rs, row) -> new Sum(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
					rs.getLong(4)))
			.list());
	}

	private long count(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private record Sum(LocalDate day, String figure, String detail, long amount) {
	}

	/** The period's daily sums, added up as asked. */
	private record Sums(List<Sum> rows) {

		long total(String figure) {
			return rows.stream().filter(row -> row.figure().equals(figure)).mapToLong(Sum::amount).sum();
		}

		long of(String figure, String detail) {
			return rows.stream().filter(row -> row.figure().equals(figure) && row.detail().equals(detail))
				.mapToLong(Sum::amount).sum();
		}

		Map<String, Long> details(String figure) {
			Map<String, Long> details = new HashMap<>();
			rows.stream().filter(row -> row.figure().equals(figure))
				.forEach(row -> details.merge(row.detail(), row.amount(), Long::sum));
			return details;
		}

		long inMonth(String figure, YearMonth month) {
			return rows.stream().filter(row -> row.figure().equals(figure) && YearMonth.from(row.day()).equals(month))
				.mapToLong(Sum::amount).sum();
		}
	}
}
