package org.wraparound.toolkit;

import java.time.Instant;
import java.util.UUID;

import org.wraparound.communities.CommunityId;

/**
 * Someone answered one of a community's surveys (through its public link). Carries no answer and no person: who
 * answered is the survey's business, and for anonymous surveys nobody's.
 *
 * @param response the stored answer's id, so that a listener can count it once
 */
public record SurveyAnswered(CommunityId community, UUID survey, Instant at, UUID response) {
}
