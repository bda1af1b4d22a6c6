package org.wraparound.matching;

import java.time.DayOfWeek;

/** One part of one day of the week in a volunteer's availability grid. */
record Slot(DayOfWeek day, PartOfDay part) {

	/** This slot's bit in a 21-bit week mask. */
	int bit() {
		return 1 << (day.ordinal() * 3 + part.ordinal());
	}
}
