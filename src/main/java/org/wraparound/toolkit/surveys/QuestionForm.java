package org.wraparound.toolkit.surveys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A question as a champion writes it: its kind, whether it must be answered, its text in English and French, and
 * for choice questions one choice a line, written {@code English | Français} (a line without {@code |} is the same
 * in both languages).
 */
public record QuestionForm(String kind, boolean required, String english, String french, String choices) {

	private static final Pattern UNSAFE = Pattern.compile("[<>]|[\\p{Cntrl}&&[^\\r\\n\\t]]");

	static QuestionForm of(Question question) {
		StringBuilder choices = new StringBuilder();
		for (Choice choice : question.choices()) {
			choices.append(choice.english()).append(" | ").append(choice.french()).append('\n');
		}
		return new QuestionForm(question.kind().key(), question.required(), question.english(), question.french(),
				choices.toString().strip());
	}

	static QuestionForm blank() {
		return new QuestionForm("single", false, "", "", "");
	}

	static QuestionForm read(Map<String, String> params) {
		return new QuestionForm(params.getOrDefault("kind", ""), "true".equals(params.get("required")),
				params.getOrDefault("english", "").strip(), params.getOrDefault("french", "").strip(),
				params.getOrDefault("choices", "").replace("\r\n", "\n").strip());
	}

	/** Field → message key, empty when the question can be saved. */
	Map<String, String> errors() {
		Map<String, String> errors = new LinkedHashMap<>();
		Optional<QuestionKind> kind = QuestionKind.parse(kind());
		if (kind.isEmpty()) {
			errors.put("kind", "toolkit.surveys.question.kind.invalid");
		}
		text("english", english, errors);
		text("french", french, errors);
		if (kind.isPresent() && kind.get().hasChoices()) {
			List<String[]> parsed = parsedChoices();
			if (parsed.size() < 2 || parsed.size() > Question.MAX_CHOICES) {
				errors.put("choices", "toolkit.surveys.question.choices.count");
			}
			else if (parsed.stream().flatMap(java.util.Arrays::stream).anyMatch(text -> text.isEmpty()
					|| text.length() > Question.CHOICE_MAX || UNSAFE.matcher(text).find())) {
				errors.put("choices", "toolkit.surveys.question.choices.invalid");
			}
		}
		return errors;
	}

	private static void text(String field, String value, Map<String, String> errors) {
		if (value.isEmpty()) {
			errors.put(field, "toolkit.surveys.question.text.required");
		}
		else if (value.length() > Question.TEXT_MAX) {
			errors.put(field, "toolkit.surveys.question.text.long");
		}
		else if (UNSAFE.matcher(value).find()) {
			errors.put(field, "toolkit.surveys.question.text.invalid");
		}
	}

	List<String[]> parsedChoices() {
		List<String[]> parsed = new ArrayList<>();
		for (String line : choices.split("\n")) {
			if (line.isBlank()) {
				continue;
			}
			int bar = line.indexOf('|');
			String english = (bar < 0 ? line : line.substring(0, bar)).strip();
			String french = (bar < 0 ? line : line.substring(bar + 1)).strip();
			parsed.add(new String[] { english, french });
		}
		return parsed;
	}

	/** The question to save; only call when {@link #errors()} is empty. */
	QuestionSet.Draft toDraft() {
		QuestionKind parsed = QuestionKind.parse(kind).orElseThrow();
		return new QuestionSet.Draft(parsed, required, english, french,
				parsed.hasChoices() ? parsedChoices() : List.of());
	}
}
