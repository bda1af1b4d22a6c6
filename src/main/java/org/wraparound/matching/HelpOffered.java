package org.wraparound.matching;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.wraparound.communities.CommunityId;
import org.wraparound.helping.HelpKind;
import org.wraparound.helping.Recipient;
import org.wraparound.helping.RequestId;

/**
 * A volunteer was offered a help request. It carries only what they may know before accepting: the person's first
 * name, their neighbourhood and the task, with when the offer stops and where to answer it.
 */
public record HelpOffered(UUID offer, CommunityId community, RequestId request, HelpKind kind, Instant startsAt,
		Instant endsAt, ZoneId zone, String personName, Optional<String> neighbourhood, Recipient volunteer,
		Instant expiresAt, String link, Instant at) {
}
