package org.wraparound.directory;

import java.util.Optional;
import java.util.UUID;

/** The stable identity of a gap a community's champions recorded. */
public record GapId(UUID value) {

	public GapId {
		if (value == null) {
			throw new IllegalArgumentException("A gap id needs a value");
		}
	}

	/** The id written in {@code text}, if it is one. */
	public static Optional<GapId> parse(String text) {
		return EntryId.parse(text).map(entry -> new GapId(entry.value()));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
