package org.wraparound.helping;

import java.util.Optional;
import java.util.UUID;

/** The stable identity of a help request. */
public record RequestId(UUID value) {

	public RequestId {
		if (value == null) {
			throw new IllegalArgumentException("A request id needs a value");
		}
	}

	/** The id written as text, or empty when the text is not a request id. */
	public static Optional<RequestId> parse(String text) {
		if (text == null || text.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(new RequestId(UUID.fromString(text)));
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
