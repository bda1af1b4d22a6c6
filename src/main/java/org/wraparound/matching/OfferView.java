package org.wraparound.matching;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.wraparound.helping.HelpKind;
import org.wraparound.helping.RequestId;

/**
 * An open offer as the volunteer sees it before accepting: the person's first name and neighbourhood and the task,
 * never the address or anything about their health.
 */
public record OfferView(RequestId request, HelpKind kind, String personName, Optional<String> neighbourhood,
		Instant startsAt, Instant endsAt, ZoneId zone, Instant expiresAt) {
}
