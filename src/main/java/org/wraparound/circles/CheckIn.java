package org.wraparound.circles;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.UUID;

/** A check-in with the bereaved caregivers, {@code after} the death, due on a date. */
public record CheckIn(UUID id, Period after, LocalDate dueOn, Optional<Instant> doneAt, String note) {

	/** Upcoming, due (its date has come) or done. */
	public enum State {
		UPCOMING, DUE, DONE
	}

	public State state(LocalDate today) {
		return doneAt.isPresent() ? State.DONE : dueOn.isAfter(today) ? State.UPCOMING : State.DUE;
	}
}
