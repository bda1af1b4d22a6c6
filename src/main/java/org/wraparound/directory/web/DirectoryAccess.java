package org.wraparound.directory.web;

import java.security.Principal;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;

/** Finds the community of an asset map page: anyone's for reading, only its champions' for changing (else 404). */
@Component
class DirectoryAccess {

	private final CommunityManagement communities;

	DirectoryAccess(CommunityManagement communities) {
		this.communities = communities;
	}

	CommunitySummary community(String slug) {
		return communities.findBySlug(slug).orElseThrow(DirectoryAccess::notFound);
	}

	CommunitySummary championed(String slug, Principal principal) {
		AccountId me = me(principal);
		return communities.findBySlug(slug).filter(community -> communities.isChampion(me, community.id()))
			.orElseThrow(DirectoryAccess::notFound);
	}

	boolean isChampion(CommunitySummary community, Principal principal) {
		return signedIn(principal).map(me -> communities.isChampion(me, community.id())).orElse(false);
	}

	static AccountId me(Principal principal) {
		return signedIn(principal).orElseThrow(DirectoryAccess::notFound);
	}

	private static Optional<AccountId> signedIn(Principal principal) {
		return principal == null ? Optional.empty() : AccountId.parse(principal.getName());
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
