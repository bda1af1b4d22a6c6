package org.wraparound.helping;

import java.time.Instant;

/**
 * One request as a calendar shows it: what, when, and how many helpers it still needs. {@code yours} says the
 * viewer committed to it; {@code ended} that its end time has passed.
 */
public record CalendarEntry(RequestId id, HelpKind kind, Instant startsAt, Instant endsAt, int slots, int taken,
		boolean cancelled, boolean ended, boolean yours) {

	/** How many more helpers are needed. */
	public int stillNeeded() {
		return Math.max(0, slots - taken);
	}
}
