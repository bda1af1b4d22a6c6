package org.wraparound.communities;

import java.util.UUID;

/** The stable identity of a community. */
public record CommunityId(UUID value) {

	public CommunityId {
		if (value == null) {
			throw new IllegalArgumentException("A community id needs a value");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
