package org.wraparound.communities;

import java.time.ZoneId;

import org.wraparound.accounts.AccountId;

/** Someone starts a community and becomes its first champion. */
public record StartCommunity(String name, String region, ZoneId timeZone, AccountId champion) {
}
