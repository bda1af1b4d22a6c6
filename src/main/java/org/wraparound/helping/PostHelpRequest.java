package org.wraparound.helping;

import java.time.Instant;

import org.wraparound.accounts.AccountId;
import org.wraparound.circles.CircleId;

/**
 * A coordinator asks the circle for help: what, when (the first time, when it repeats), how many helpers, notes,
 * where, and the details its kind needs.
 *
 * @param repeat how it repeats, or {@code null} for once
 */
public record PostHelpRequest(CircleId circle, AccountId postedBy, HelpKind kind, Instant startsAt, Instant endsAt,
		int helpers, String notes, String address, RequestDetails details, Repeat repeat) {

	/** A request asked for once, with no details beyond the notes. */
	public PostHelpRequest(CircleId circle, AccountId postedBy, HelpKind kind, Instant startsAt, Instant endsAt,
			int helpers, String notes, String address) {
		this(circle, postedBy, kind, startsAt, endsAt, helpers, notes, address, RequestDetails.NONE, null);
	}
}
