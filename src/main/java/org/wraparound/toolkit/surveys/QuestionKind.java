package org.wraparound.toolkit.surveys;

import java.util.Locale;
import java.util.Optional;

/** What kind of answer a question asks for. */
public enum QuestionKind {

	SINGLE, MULTIPLE, SCALE, TEXT;

	/** Whether the question offers choices to pick from. */
	public boolean hasChoices() {
		return this == SINGLE || this == MULTIPLE;
	}

	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<QuestionKind> parse(String text) {
		for (QuestionKind kind : values()) {
			if (kind.key().equalsIgnoreCase(text == null ? "" : text.strip())) {
				return Optional.of(kind);
			}
		}
		return Optional.empty();
	}
}
