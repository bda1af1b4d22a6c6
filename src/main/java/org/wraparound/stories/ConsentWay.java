package org.wraparound.stories;

import java.util.Optional;

/** How a person named or shown in a story said yes to it. */
public enum ConsentWay {

	IN_WRITING, BY_EMAIL, VERBALLY_WITH_WITNESS, BY_PHONE_RECORDED, SELF;

	public String messageKey() {
		return "stories.consent.way." + name();
	}

	public static Optional<ConsentWay> parse(String text) {
		for (ConsentWay way : values()) {
			if (way.name().equals(text)) {
				return Optional.of(way);
			}
		}
		return Optional.empty();
	}
}
