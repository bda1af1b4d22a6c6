package org.wraparound.volunteers;

import java.time.Instant;
import java.util.UUID;

import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;

/**
 * A champion declined an application, with a reason the applicant is told by email.
 *
 * @param id one per decision, so that the mail goes once
 * @param to the applicant's email address
 */
public record VolunteerDeclined(UUID id, CommunityId community, AccountId volunteer, String to, String name,
		Language language, String communityName, String reason, Instant at) {
}
