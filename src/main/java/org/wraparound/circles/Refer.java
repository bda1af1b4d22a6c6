package org.wraparound.circles;

import java.util.List;
import java.util.Map;

import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;

/**
 * A referral as sent from the public form: who refers and how to answer them, the person and how to reach their
 * caregiver, what is needed by domain (a domain with a note or ticked, the note may be empty), and who agreed to
 * the referral.
 */
public record Refer(CommunityId community, String referrerName, ReferrerRole referrerRole,
		String referrerOrganization, String referrerEmail, String referrerPhone, Language referrerLanguage,
		String personFirstName, List<String> personLanguages, String neighbourhood, String caregiverName,
		String caregiverEmail, Map<SupportDomain, String> needs, ConsentGiver consentGivenBy) {
}
