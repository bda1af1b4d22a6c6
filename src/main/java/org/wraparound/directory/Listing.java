package org.wraparound.directory;

import java.util.OptionalDouble;

/**
 * An entry as a list shows it.
 *
 * @param needsReview nobody has checked it for twelve months
 * @param kilometres how far it is from the point searched around, when there was one and it has a place
 */
public record Listing(Entry entry, boolean needsReview, OptionalDouble kilometres) {
}
