package org.wraparound.helping;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.communities.CommunityId;
import org.wraparound.communities.CommunityManagement;
import org.wraparound.communities.CommunitySummary;

/** Who to tell, as recipients an event can carry: accounts that still exist, with their name, email and language. */
@Component
class People {

	private final AccountManagement accounts;
	private final CommunityManagement communities;

	People(AccountManagement accounts, CommunityManagement communities) {
		this.accounts = accounts;
		this.communities = communities;
	}

	Optional<Recipient> recipient(AccountId account) {
		return accounts.find(account).map(found -> new Recipient(found.id(), found.displayName(), found.email(),
				found.language()));
	}

	List<Recipient> recipients(Collection<AccountId> ids) {
		return ids.stream().distinct().map(this::recipient).flatMap(Optional::stream).toList();
	}

	List<Recipient> champions(CommunityId community) {
		return communities.find(community).map(CommunitySummary::champions).map(this::recipients).orElse(List.of());
	}
}
