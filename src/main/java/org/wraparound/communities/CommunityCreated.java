package org.wraparound.communities;

import java.time.Instant;
import java.time.ZoneId;

import org.wraparound.accounts.AccountId;

/** A new Compassionate Community exists, with its first champion. */
public record CommunityCreated(CommunityId community, String name, ZoneId timeZone, AccountId firstChampion,
		Instant at) {
}
