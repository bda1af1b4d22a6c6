package org.wraparound.circles;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.wraparound.communities.CommunityId;

/** A referral as a community's champions see it in their triage queue. */
public record Referral(ReferralId id, CommunityId community, ReferralStatus status, String referrerName,
		ReferrerRole referrerRole, String referrerOrganization, String referrerEmail, String referrerPhone,
		String personFirstName, List<String> personLanguages, String neighbourhood, String caregiverName,
		String caregiverEmail, Map<SupportDomain, String> needs, ConsentGiver consentGivenBy, Instant receivedAt,
		Optional<CircleId> circle, String declineReason) {
}
