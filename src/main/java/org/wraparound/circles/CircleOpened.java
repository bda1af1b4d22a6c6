package org.wraparound.circles;

import java.time.Instant;

import org.wraparound.communities.CommunityId;

/** A circle now exists around a person in a community. */
public record CircleOpened(CommunityId community, CircleId circle, Instant at) {
}
