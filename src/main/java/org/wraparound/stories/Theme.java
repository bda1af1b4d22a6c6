package org.wraparound.stories;

import java.util.Optional;

/** What a story is mostly about, to let readers find the ones close to them. */
public enum Theme {

	CARING, GRIEF, NEIGHBOURS, VOLUNTEERING, COMMUNITY;

	public String messageKey() {
		return "stories.theme." + name();
	}

	public static Optional<Theme> parse(String text) {
		for (Theme theme : values()) {
			if (theme.name().equalsIgnoreCase(text)) {
				return Optional.of(theme);
			}
		}
		return Optional.empty();
	}
}
