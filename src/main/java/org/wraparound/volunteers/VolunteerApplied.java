package org.wraparound.volunteers;

import java.time.Instant;

import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;

/** Someone sent their application to volunteer with a community; its champions screen it next. */
public record VolunteerApplied(CommunityId community, AccountId volunteer, Instant at) {
}
