package org.wraparound.communities;

/** A part of a community that its champions named, with a centre point (WGS 84 degrees). Public. */
public record Neighbourhood(NeighbourhoodId id, String name, double latitude, double longitude) {
}
