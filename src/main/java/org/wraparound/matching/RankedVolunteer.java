package org.wraparound.matching;

import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;
import org.wraparound.accounts.AccountId;

/**
 * One eligible volunteer in a coordinator's ranked list, best first, with the reasons ("1.8 km · speaks French ·
 * helped Maria twice", each rendered in the reader's language) and the state of their offer, if any
 * ({@code OPEN}, {@code ACCEPTED}, {@code DECLINED}, {@code EXPIRED}, {@code TAKEN}, {@code CLOSED}).
 */
public record RankedVolunteer(AccountId account, String name, List<MessageSourceResolvable> reasons,
		Optional<String> offer) {

	public RankedVolunteer {
		reasons = List.copyOf(reasons);
	}

	/** Whether the coordinator may still offer the request to this volunteer. */
	public boolean canOffer() {
		return offer.isEmpty();
	}
}
