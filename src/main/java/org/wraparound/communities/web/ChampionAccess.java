package org.wraparound.communities.web;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;

/** Finds a community for the pages only its champions see: for anyone else it does not exist (404). */
@Component
class ChampionAccess {

	private final CommunityManagement communities;

	ChampionAccess(CommunityManagement communities) {
		this.communities = communities;
	}

	CommunitySummary championed(String slug, Principal principal) {
		AccountId me = me(principal);
		return communities.findBySlug(slug).filter(community -> communities.isChampion(me, community.id()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The signed-in person; these pages are only reached signed in. */
	static AccountId me(Principal principal) {
		return AccountId.parse(principal == null ? null : principal.getName())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}
}
