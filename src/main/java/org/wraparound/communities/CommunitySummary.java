package org.wraparound.communities;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;

/**
 * What anyone may know about a community: it is public.
 *
 * @param champions oldest first
 * @param area empty for a community whose champions have not said yet
 * @param languages the languages it works in, English first
 */
public record CommunitySummary(CommunityId id, String slug, String name, String region, ZoneId timeZone,
		List<AccountId> champions, Optional<Area> area, List<Language> languages) {
}
