package org.wraparound.helping;

import java.time.Instant;

import org.wraparound.accounts.AccountId;

/** A coordinator changes one request (one occurrence, when it repeats): its time, helpers, notes, place details. */
public record ChangeHelpRequest(RequestId request, AccountId changedBy, Instant startsAt, Instant endsAt, int helpers,
		String notes, String address, RequestDetails details) {
}
