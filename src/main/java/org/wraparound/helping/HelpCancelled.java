package org.wraparound.helping;

import java.time.Instant;

import org.wraparound.circles.CircleId;
import org.wraparound.circles.SupportDomain;
import org.wraparound.communities.CommunityId;

/** A request was called off (the person died, or a coordinator cancelled it); nobody need come. */
public record HelpCancelled(CommunityId community, CircleId circle, RequestId request, HelpKind kind, SupportDomain domain,
		Instant startsAt, Instant endsAt, Instant at) {
}
