package org.wraparound.communities;

import java.util.Optional;
import java.util.UUID;

/** The stable identity of a neighbourhood: it stays the same when the neighbourhood is renamed or moved. */
public record NeighbourhoodId(UUID value) {

	public NeighbourhoodId {
		if (value == null) {
			throw new IllegalArgumentException("A neighbourhood id needs a value");
		}
	}

	/** The id written in {@code text}, if it is one. */
	public static Optional<NeighbourhoodId> parse(String text) {
		if (text == null || text.length() != 36) {
			return Optional.empty();
		}
		try {
			return Optional.of(new NeighbourhoodId(UUID.fromString(text)));
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
