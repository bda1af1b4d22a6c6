package org.wraparound.helping;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.wraparound.circles.CircleId;
import org.wraparound.circles.SupportDomain;
import org.wraparound.communities.CommunityId;

/**
 * A coordinator moved a request. Those who had already said yes ({@code helpers}, perhaps none) are told the new
 * time, since they may have planned around the old one; volunteers it was offered to are offered the new time.
 */
public record HelpChanged(CommunityId community, CircleId circle, RequestId request, HelpKind kind,
		SupportDomain domain, Instant startsAt, Instant endsAt, Instant wasStartingAt, String personName, ZoneId zone,
		String link, List<Recipient> helpers, Instant at) {
}
