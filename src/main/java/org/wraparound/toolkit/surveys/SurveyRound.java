package org.wraparound.toolkit.surveys;

import java.time.Instant;
import java.util.Optional;

/** One round of a survey: when it opened, and when it closed (if it has). */
public record SurveyRound(int number, Instant openedAt, Optional<Instant> closedAt) {
}
