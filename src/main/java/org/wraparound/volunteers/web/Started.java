package org.wraparound.volunteers.web;

import org.wraparound.communities.CommunitySummary;
import org.wraparound.volunteers.Application;

/** An application and the community it was started for, as the start page lists them. */
public record Started(Application application, CommunitySummary community) {
}
