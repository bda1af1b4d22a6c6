package org.wraparound.matching;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.wraparound.helping.HelpKind;
import org.wraparound.helping.Recipient;
import org.wraparound.helping.RequestId;

/**
 * An offer a volunteer had not answered yet was taken back, so that they need not answer it: the request was called
 * off, or it moved and they were not offered its new time. It names the request as the offer did (first name, task,
 * the time it was offered for), nothing more.
 *
 * @param moved true when the request moved, false when it was called off
 */
public record OfferWithdrawn(UUID offer, RequestId request, HelpKind kind, Instant startsAt, ZoneId zone,
		String personName, Recipient volunteer, boolean moved, Instant at) {
}
