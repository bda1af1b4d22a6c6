package org.wraparound.volunteers.web;

import java.security.Principal;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.wraparound.accounts.AccountId;

/** Who is signed in, and the 404 that anything out of reach gets. */
final class Me {

	private Me() {
	}

	static AccountId of(Principal principal) {
		return AccountId.parse(principal.getName()).orElseThrow(Me::notFound);
	}

	static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
