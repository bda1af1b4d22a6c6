package org.wraparound.contact.web;

import java.security.Principal;
import java.util.Optional;

import org.wraparound.accounts.AccountId;
import org.wraparound.accounts.AccountManagement;
import org.wraparound.accounts.AccountSummary;

/** The account of whoever sends a form, when they are signed in (the principal's name is the account id). */
final class SignedInPerson {

	private SignedInPerson() {
	}

	static Optional<AccountSummary> of(Principal principal, AccountManagement accounts) {
		return principal == null ? Optional.empty() : AccountId.parse(principal.getName()).flatMap(accounts::find);
	}
}
