package org.wraparound.toolkit.surveys;

import java.util.UUID;

import org.wraparound.platform.Language;

/** One choice of a question, in both languages. */
public record Choice(UUID id, String english, String french) {

	public String text(Language language) {
		return language == Language.FR ? french : english;
	}
}
