package org.wraparound.communities;

import java.util.Optional;

import org.wraparound.platform.Language;

/** What a community does, in plain text, in English and/or French (either may be empty). Public. */
public record CommunityDescription(String english, String french) {

	public static final int MAX_LENGTH = 2000;

	public CommunityDescription {
		english = english == null ? "" : english.strip();
		french = french == null ? "" : french.strip();
	}

	/** The text in {@code language}, or else in the other language; empty when there is none. */
	public Optional<String> in(Language language) {
		String preferred = language == Language.FR ? french : english;
		String other = language == Language.FR ? english : french;
		return Optional.of(preferred.isEmpty() ? other : preferred).filter(text -> !text.isEmpty());
	}
}
