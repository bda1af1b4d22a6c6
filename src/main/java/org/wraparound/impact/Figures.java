package org.wraparound.impact;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.wraparound.circles.ReferrerRole;
import org.wraparound.circles.SupportDomain;
import org.wraparound.helping.HelpKind;

/**
 * What one community (or all of them) achieved over one period. Counts of people are {@link Count}s, shown as “fewer
 * than 5” when small; requests and hours are counts of things done, not of people.
 *
 * @param medianHoursToFill the median time from posting to the first helper, over {@code filledCounted} requests
 * @param retainable volunteers approved at least six months before the period ended
 * @param retained those of them still active in its last 90 days
 */
public record Figures(Period period, Count peopleSupported, Count newCircles, Count closedCircles,
		Count inBereavement, Requests requests, Map<HelpKind, Requests> byKind, Map<SupportDomain, Requests> byDomain,
		Optional<Double> medianHoursToFill, long filledCounted, long filledInADay, Count applied, Count approved,
		Count active, Count retainable, Count retained, long minutes, Map<ReferrerRole, Count> referrals,
		Count referralsTotal, long stories, Count surveys, long charterActions, long helpGiven, long thanks,
		List<Month> months) {

	/** Percent of requests filled, of those not cancelled; empty when none. */
	public Optional<Integer> shareFilled() {
		return percent(requests.filled(), requests.posted() - requests.cancelled());
	}

	/** Percent of requests filled within a day of being posted, of those not cancelled. */
	public Optional<Integer> shareFilledInADay() {
		return percent(filledInADay, requests.posted() - requests.cancelled());
	}

	/** Hours given, rounded to the nearest whole hour. */
	public long hours() {
		return Math.round(minutes / 60.0);
	}

	/** True when the median is built from too few requests to be shown. */
	public boolean medianHidden() {
		return filledCounted > 0 && filledCounted < Count.SMALLEST_SHOWN;
	}

	static Optional<Integer> percent(long part, long whole) {
		return whole <= 0 ? Optional.empty() : Optional.of((int) Math.round(100.0 * part / whole));
	}

	/** Help requests posted in the period, and what became of them. */
	public record Requests(long posted, long filled, long unfilled, long cancelled) {

		static final Requests NONE = new Requests(0, 0, 0, 0);

		Requests plus(Requests other) {
			return new Requests(posted + other.posted, filled + other.filled, unfilled + other.unfilled,
					cancelled + other.cancelled);
		}
	}

	/** One month's trend. */
	public record Month(YearMonth month, long posted, long filled, long minutes, long newCircles) {

		public long hours() {
			return Math.round(minutes / 60.0);
		}
	}
}
