package org.wraparound.helping;

import java.time.LocalDate;

/**
 * How a request repeats: every weekday, every week or every second week on the first day's weekday, until a day
 * or a number of times (or, with neither, until it is stopped). Occurrences are made a few weeks ahead at a time.
 *
 * @param until the last day it may fall on, or {@code null}
 * @param times how many times in all, or {@code null}
 */
public record Repeat(Frequency frequency, LocalDate until, Integer times) {

	/** The most occurrences a series may have when a number is given. */
	public static final int MAX_TIMES = 200;

	/** How often. */
	public enum Frequency {
		WEEKDAYS, WEEKLY, FORTNIGHTLY
	}
}
