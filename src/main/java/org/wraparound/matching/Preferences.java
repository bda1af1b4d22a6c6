package org.wraparound.matching;

import java.util.Optional;
import java.util.Set;

import org.wraparound.accounts.AccountId;

/** What the person said they would like: helpers they know, the language they would rather speak, interests. */
record Preferences(Set<AccountId> helpers, Optional<String> language, Set<String> interests) {

	static final Preferences NONE = new Preferences(Set.of(), Optional.empty(), Set.of());

	Preferences {
		helpers = Set.copyOf(helpers);
		language = language.map(Languages::normalize);
		interests = Languages.normalizeAll(interests);
	}
}
