package org.wraparound.accounts;

import java.time.Instant;
import java.util.Set;

import org.wraparound.platform.Language;

/** What other modules may know about an account. Never the password. */
public record AccountSummary(AccountId id, String displayName, String email, Language language, Set<Role> roles,
		Instant createdAt) {

	public boolean has(Role role) {
		return roles.contains(role);
	}
}
