package org.wraparound.helping;

import java.time.Instant;

import org.wraparound.accounts.AccountId;
import org.wraparound.circles.CircleId;

/** A coordinator asks the circle for help once, at a time: what, when, how many helpers, notes and where. */
public record PostHelpRequest(CircleId circle, AccountId postedBy, HelpKind kind, Instant startsAt, Instant endsAt,
		int helpers, String notes, String address) {
}
