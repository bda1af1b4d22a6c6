package org.wraparound.helping;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.wraparound.circles.CircleId;

/**
 * A circle's requests from the day {@code from} up to (not including) the day {@code until}, in the community's
 * time zone, soonest first, as the filter lets through. {@code today} is today in that zone.
 */
public record CalendarPeriod(CircleId circle, String personName, ZoneId zone, boolean canPost, LocalDate from,
		LocalDate until, LocalDate today, CalendarFilter filter, List<CalendarEntry> entries) {

	public CalendarPeriod {
		entries = List.copyOf(entries);
	}
}
