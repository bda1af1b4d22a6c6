package org.wraparound.circles;

import java.util.Optional;
import java.util.UUID;

/** Identifies a referral. */
public record ReferralId(UUID value) {

	public ReferralId {
		if (value == null) {
			throw new IllegalArgumentException("A referral id needs a value");
		}
	}

	/** The id written in {@code text}, or empty when it is not one. */
	public static Optional<ReferralId> parse(String text) {
		try {
			return text == null || text.length() != 36 ? Optional.empty()
					: Optional.of(new ReferralId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
