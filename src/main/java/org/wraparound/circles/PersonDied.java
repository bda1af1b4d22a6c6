package org.wraparound.circles;

import java.time.Instant;
import java.time.LocalDate;

import org.wraparound.communities.CommunityId;

/** The person at the centre of a circle has died; the circle now supports the bereaved. */
public record PersonDied(CommunityId community, CircleId circle, LocalDate diedOn, Instant at) {
}
