package org.wraparound.impact;

/** The names of the daily sums kept in {@code impact_day}. */
final class Figure {

	static final String CIRCLES_OPENED = "circles-opened";
	static final String CIRCLES_CLOSED = "circles-closed";
	static final String DEATHS = "deaths";
	static final String REFERRALS = "referrals";
	static final String POSTED = "posted";
	static final String FILLED = "filled";
	static final String FILLED_IN_A_DAY = "filled-in-a-day";
	static final String CANCELLED = "cancelled";
	static final String HELP_GIVEN = "help-given";
	static final String THANKS = "thanks";
	static final String HOURS = "minutes";
	static final String APPLIED = "applied";
	static final String APPROVED = "approved";
	static final String STORIES = "stories";
	static final String SURVEYS = "surveys";
	static final String CHARTER = "charter";

	private Figure() {
	}
}
