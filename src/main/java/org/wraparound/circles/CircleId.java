package org.wraparound.circles;

import java.util.Optional;
import java.util.UUID;

/** The stable identity of a care circle. */
public record CircleId(UUID value) {

	public CircleId {
		if (value == null) {
			throw new IllegalArgumentException("A circle id needs a value");
		}
	}

	/** The id written as text, or empty when the text is not a circle id. */
	public static Optional<CircleId> parse(String text) {
		if (text == null || text.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(new CircleId(UUID.fromString(text)));
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
