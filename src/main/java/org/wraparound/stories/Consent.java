package org.wraparound.stories;

import java.time.LocalDate;

/** One person named or shown in a story agreed to it: who, how, and on what day. */
public record Consent(String person, ConsentWay way, LocalDate givenOn) {
}
