package org.wraparound.circles;

import java.time.Instant;
import java.util.Set;

import org.wraparound.communities.CommunityId;

/** A referral reached a community's triage queue: from whom (by role) and for which support domains. */
public record ReferralReceived(CommunityId community, ReferralId referral, ReferrerRole source,
		Set<SupportDomain> domains, Instant at) {
}
