package org.wraparound.communities;

import java.time.ZoneId;
import java.util.List;

import org.wraparound.accounts.AccountId;

/** What anyone may know about a community: it is public. */
public record CommunitySummary(CommunityId id, String slug, String name, String region, ZoneId timeZone,
		List<AccountId> champions) {
}
