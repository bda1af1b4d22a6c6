package org.wraparound.directory;

import java.util.Optional;
import java.util.UUID;

/** The stable identity of an entry of the asset map. */
public record EntryId(UUID value) {

	public EntryId {
		if (value == null) {
			throw new IllegalArgumentException("An entry id needs a value");
		}
	}

	/** The id written in {@code text}, if it is one. */
	public static Optional<EntryId> parse(String text) {
		if (text == null || text.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(new EntryId(UUID.fromString(text)));
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
