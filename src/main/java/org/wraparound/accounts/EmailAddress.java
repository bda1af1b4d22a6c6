package org.wraparound.accounts;

import java.util.Locale;

/** Emails are compared and stored in one form: trimmed and lower-cased. */
final class EmailAddress {

	private EmailAddress() {
	}

	static String normalize(String email) {
		return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
	}
}
