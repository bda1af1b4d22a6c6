package org.wraparound.directory;

import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;

import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.Area;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.communities.StartCommunity;
import org.wraparound.platform.Language;

/** A fresh community (champion: Claire, the demo champion) for a test, so that the demo's asset map stays as it is. */
final class Maps {

	static final String CLAIRE = "champion@wraparound.example";

	private Maps() {
	}

	static AccountId claire(AccountManagement accounts) {
		return accounts.findByEmail(CLAIRE).orElseThrow().id();
	}

	static CommunitySummary fresh(CommunityManagement communities, AccountManagement accounts) {
		return communities.start(new StartCommunity("Directory Test " + UUID.randomUUID().toString().substring(0, 8),
				"Somewhere, Ontario", ZoneId.of("America/Toronto"), claire(accounts),
				Optional.of(new Area(44.3894, -79.6903, 20)), EnumSet.allOf(Language.class)));
	}

	/** An entry with the fields a search looks at; the rest empty. */
	static EntryInput entry(String name, Category category, String description, String languages, String latitude,
			String longitude) {
		return new EntryInput(name, category.name(), description, "", "", "", "", "", "", latitude, longitude,
				languages, "", "");
	}
}
