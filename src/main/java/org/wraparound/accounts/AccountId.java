package org.wraparound.accounts;

import java.util.Optional;
import java.util.UUID;

/** The stable identity of an account. It never changes, even when the person changes their email. */
public record AccountId(UUID value) {

	public AccountId {
		if (value == null) {
			throw new IllegalArgumentException("An account id needs a value");
		}
	}

	static AccountId random() {
		return new AccountId(UUID.randomUUID());
	}

	/** The id written as text, or empty when the text is not an account id. */
	public static Optional<AccountId> parse(String text) {
		if (text == null || text.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(new AccountId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
