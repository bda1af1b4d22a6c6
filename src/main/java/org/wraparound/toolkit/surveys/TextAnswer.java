package org.wraparound.toolkit.surveys;

import java.util.UUID;

/** A free-text answer to a question, and the round it was given in. */
public record TextAnswer(int round, UUID question, String text) {
}
