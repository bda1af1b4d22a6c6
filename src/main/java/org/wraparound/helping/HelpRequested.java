package org.wraparound.helping;

import java.time.Instant;

import org.wraparound.circles.CircleId;
import org.wraparound.circles.SupportDomain;
import org.wraparound.communities.CommunityId;

/** A coordinator asked the circle for help. */
public record HelpRequested(CommunityId community, CircleId circle, RequestId request, HelpKind kind, SupportDomain domain,
		Instant startsAt, Instant endsAt, Instant at) {
}
