package org.wraparound.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.wraparound.accounts.AccountId;

/**
 * Who is offered a request next: the ranking's order, skipping those offered it before and those holding an open
 * offer at an overlapping time (so that nobody can say yes to two things at once), at most the number wanted. A pure
 * function, so the property tests drive the very rule offering uses.
 */
final class OfferPicks {

	private OfferPicks() {
	}

	static List<Ranked> next(List<Ranked> ranked, Set<AccountId> skip, int wanted) {
		List<Ranked> picked = new ArrayList<>();
		for (Ranked one : ranked) {
			if (picked.size() >= wanted) {
				break;
			}
			if (!skip.contains(one.account())) {
				picked.add(one);
			}
		}
		return List.copyOf(picked);
	}
}
