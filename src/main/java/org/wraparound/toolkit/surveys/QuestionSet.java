package org.wraparound.toolkit.surveys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.wraparound.platform.Language;

/**
 * A built-in question set, written by us in plain language and shipped with the code in English and French
 * ({@code toolkit/surveys/<key>.txt}): the starting point of every survey. A malformed file stops the application
 * from starting.
 */
public record QuestionSet(String key, String titleEn, String titleFr, String introEn, String introFr,
		List<Draft> questions) {

	static final List<String> KEYS = List.of("readiness", "needs");

	static final List<QuestionSet> ALL = KEYS.stream().map(QuestionSet::load).toList();

	public String title(Language language) {
		return language == Language.FR ? titleFr : titleEn;
	}

	public String intro(Language language) {
		return language == Language.FR ? introFr : introEn;
	}

	static Optional<QuestionSet> byKey(String key) {
		return ALL.stream().filter(set -> set.key().equals(key)).findFirst();
	}

	/** A question before it belongs to a survey. */
	public record Draft(QuestionKind kind, boolean required, String english, String french, List<String[]> choices) {
	}

	static QuestionSet load(String key) {
		String[] title = null;
		String[] intro = null;
		List<Draft> questions = new ArrayList<>();
		List<String[]> choices = null;
		for (String line : read("toolkit/surveys/" + key + ".txt").split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cells = Arrays.stream(line.split("\\|")).map(String::strip).toArray(String[]::new);
			switch (cells[0]) {
				case "title" -> title = cells;
				case "intro" -> intro = cells;
				case "question" -> {
					choices = new ArrayList<>();
					QuestionKind kind = QuestionKind.parse(cells[1])
						.orElseThrow(() -> new IllegalStateException("Unknown question kind in survey set " + key));
					questions.add(new Draft(kind, cells[2].equals("required"), cells[3], cells[4], choices));
				}
				case "choice" -> {
					if (choices == null) {
						throw new IllegalStateException("A choice before any question in survey set " + key);
					}
					choices.add(new String[] { cells[1], cells[2] });
				}
				default -> throw new IllegalStateException("Unknown line in survey set " + key + ": " + cells[0]);
			}
		}
		if (title == null || intro == null || questions.isEmpty()) {
			throw new IllegalStateException("Survey set " + key + " needs a title, an intro and questions");
		}
		for (Draft question : questions) {
			if (question.kind().hasChoices() != !question.choices().isEmpty()) {
				throw new IllegalStateException("Survey set " + key + ": choices only, and always, for choice questions");
			}
		}
		return new QuestionSet(key, title[1], title[2], intro[1], intro[2], List.copyOf(questions));
	}

	private static String read(String path) {
		try (InputStream in = QuestionSet.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Missing survey set: " + path);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
