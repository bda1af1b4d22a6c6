package org.wraparound.volunteers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.wraparound.accounts.AccountId;
import org.wraparound.helping.HelpKind;

/**
 * Time a volunteer gave on one day.
 *
 * @param kind the kind of help when proposed from completed help, else {@code null}
 * @param activity what they did, in their words, when added by hand (else blank)
 * @param approvedAt {@code null} until a champion approves it
 */
public record HoursEntry(UUID id, AccountId volunteer, HelpKind kind, String activity, LocalDate workedOn,
		int minutes, Instant approvedAt) {

	public boolean approved() {
		return approvedAt != null;
	}

	/** The time as hours and minutes, such as {@code 1:30}. */
	public String duration() {
		return "%d:%02d".formatted(minutes / 60, minutes % 60);
	}
}
