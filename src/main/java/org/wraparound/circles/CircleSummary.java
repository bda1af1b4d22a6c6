package org.wraparound.circles;

/** One line in a person's list of circles. */
public record CircleSummary(CircleId id, String personName, CircleStatus status, CircleRole role) {
}
