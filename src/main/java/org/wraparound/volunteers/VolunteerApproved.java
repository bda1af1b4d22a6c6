package org.wraparound.volunteers;

import java.time.Instant;

import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;

/** A champion approved a volunteer once every screening step was done: they can be offered help requests. */
public record VolunteerApproved(CommunityId community, AccountId volunteer, Instant at) {
}
