package org.wraparound.matching;

import java.time.Instant;

/** A time a volunteer has already committed to (start included, end excluded). */
record Busy(Instant startsAt, Instant endsAt) {

	boolean overlaps(Instant start, Instant end) {
		return startsAt.isBefore(end) && start.isBefore(endsAt);
	}
}
