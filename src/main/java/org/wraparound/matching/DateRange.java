package org.wraparound.matching;

import java.time.LocalDate;

/** Days away, both ends included. */
record DateRange(LocalDate from, LocalDate to) {

	DateRange {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("Dates away must end on or after the day they start");
		}
	}

	boolean contains(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}
}
