package org.wraparound.toolkit;

import java.time.ZoneId;
import java.util.UUID;

import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;
import org.wraparound.communities.StartCommunity;

/** A fresh community for a test, so that its ticks never touch the demo community's progress. */
final class Communities {

	private Communities() {
	}

	static CommunitySummary startedBy(CommunityManagement communities, AccountManagement accounts, String email) {
		var champion = accounts.findByEmail(email).orElseThrow().id();
		return communities.start(new StartCommunity("Toolkit Test " + UUID.randomUUID().toString().substring(0, 8),
				"Somewhere, Ontario", ZoneId.of("America/Toronto"), champion));
	}
}
