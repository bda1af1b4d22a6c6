package org.wraparound.communities;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;

/**
 * Someone starts a community and becomes its first champion.
 *
 * @param area where it works; empty when the champions will say later
 * @param languages the languages it works in, at least one
 */
public record StartCommunity(String name, String region, ZoneId timeZone, AccountId champion, Optional<Area> area,
		Set<Language> languages) {

	public StartCommunity {
		if (languages == null || languages.isEmpty()) {
			throw new IllegalArgumentException("A community works in at least one language");
		}
		languages = Set.copyOf(languages);
		area = area == null ? Optional.empty() : area;
	}

	/** A community in both languages whose area is given later. */
	public StartCommunity(String name, String region, ZoneId timeZone, AccountId champion) {
		this(name, region, timeZone, champion, Optional.empty(), EnumSet.allOf(Language.class));
	}
}
