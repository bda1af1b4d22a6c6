package org.wraparound.stories;

import java.util.Optional;
import java.util.UUID;

/** A story, by its id. */
public record StoryId(UUID value) {

	/** The id written in an address, if it is one. */
	public static Optional<StoryId> parse(String text) {
		try {
			return Optional.of(new StoryId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
