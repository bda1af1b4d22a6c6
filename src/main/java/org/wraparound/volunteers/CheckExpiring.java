package org.wraparound.volunteers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;

/**
 * An approved volunteer's police or vulnerable-sector check expires soon: they are reminded once to renew it.
 *
 * @param id one per reminder, so that the mail goes once
 */
public record CheckExpiring(UUID id, CommunityId community, AccountId volunteer, String to, String name,
		Language language, String communityName, LocalDate expiresOn, Instant at) {
}
