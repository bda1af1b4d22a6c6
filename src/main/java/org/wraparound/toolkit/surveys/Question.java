package org.wraparound.toolkit.surveys;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.wraparound.platform.Language;

/** One question of a survey, in both languages, with its choices (none for scales and free text). */
public record Question(UUID id, QuestionKind kind, boolean required, String english, String french, List<Choice> choices) {

	static final int TEXT_MAX = 500;
	static final int CHOICE_MAX = 200;
	static final int MAX_CHOICES = 12;

	public Question {
		choices = List.copyOf(choices);
	}

	public String text(Language language) {
		return language == Language.FR ? french : english;
	}

	Optional<Choice> choice(UUID choice) {
		return choices.stream().filter(candidate -> candidate.id().equals(choice)).findFirst();
	}

	/** The name of the question's field in the answer form. */
	public String field() {
		return "q-" + id;
	}
}
