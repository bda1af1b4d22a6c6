package org.wraparound.volunteers;

import java.time.LocalDate;

/** Days a volunteer is away, both ends included. */
public record DateRange(LocalDate from, LocalDate to) {

	public DateRange {
		if (from == null || to == null || to.isBefore(from)) {
			throw new IllegalArgumentException("A range of days ends on or after the day it starts");
		}
	}

	/** True when {@code day} falls within the range. */
	public boolean contains(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}
}
