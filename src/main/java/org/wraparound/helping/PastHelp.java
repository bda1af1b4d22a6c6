package org.wraparound.helping;

import java.time.Instant;

import org.wraparound.accounts.AccountId;
import org.wraparound.circles.CircleId;

/** One commitment a helper made in a community (on a request not called off), whether it was done and thanked. */
public record PastHelp(AccountId helper, CircleId circle, RequestId request, Instant startsAt, Instant endsAt,
		Instant committedAt, boolean done, boolean thanked) {
}
