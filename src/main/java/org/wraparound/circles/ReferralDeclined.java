package org.wraparound.circles;

import java.time.Instant;

import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;

/**
 * A champion declined a referral; the referrer is told why, by email, in the language they used on the form.
 * The referral id is unique, so mailing it is idempotent.
 */
public record ReferralDeclined(CommunityId community, ReferralId referral, String to, String referrerName,
		Language language, String personFirstName, String communityName, String reason, Instant at) {
}
