package org.wraparound.circles;

import java.time.Instant;

import org.wraparound.communities.CommunityId;

/** A coordinator closed a circle, for the reason given. */
public record CircleClosed(CommunityId community, CircleId circle, String reason, Instant at) {
}
