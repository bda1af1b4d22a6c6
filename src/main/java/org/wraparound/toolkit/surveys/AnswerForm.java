package org.wraparound.toolkit.surveys;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What someone sent through a survey's public form, checked question by question: a required question left
 * unanswered, a choice that is not the question's, a scale value outside 1–5, an over-long text, or markup get a
 * message (a message key) beside the question, and then nothing is stored.
 */
public record AnswerForm(Map<String, List<String>> values, Map<String, String> errors, List<Responses.Given> answers) {

	static final int TEXT_MAX = 2000;

	private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");
	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\r\\n\\t]]");

	static AnswerForm empty() {
		return new AnswerForm(Map.of(), Map.of(), List.of());
	}

	static AnswerForm read(Survey survey, Map<String, List<String>> params) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		List<Responses.Given> answers = new ArrayList<>();
		for (Question question : survey.questions()) {
			List<String> given = params.getOrDefault(question.field(), List.of()).stream()
				.filter(value -> value != null && !value.isBlank()).toList();
			values.put(question.field(), given);
			String error = check(question, given, answers);
			if (error == null && question.required() && given.isEmpty()) {
				error = "toolkit.surveys.answer.required";
			}
			if (error != null) {
				errors.put(question.field(), error);
			}
		}
		return new AnswerForm(values, errors, errors.isEmpty() ? answers : List.of());
	}

	private static String check(Question question, List<String> given, List<Responses.Given> answers) {
		switch (question.kind()) {
			case SINGLE, MULTIPLE -> {
				if (question.kind() == QuestionKind.SINGLE && given.size() > 1) {
					return "toolkit.surveys.answer.one";
				}
				Set<UUID> chosen = new LinkedHashSet<>();
				for (String value : given) {
					Optional<UUID> choice = uuid(value).filter(id -> question.choice(id).isPresent());
					if (choice.isEmpty()) {
						return "toolkit.surveys.answer.choice";
					}
					chosen.add(choice.get());
				}
				chosen.forEach(choice -> answers.add(new Responses.Given(question.id(), choice, null, null)));
			}
			case SCALE -> {
				if (given.size() > 1 || !given.isEmpty() && !given.get(0).strip().matches("[1-5]")) {
					return "toolkit.surveys.answer.scale";
				}
				given.forEach(value -> answers.add(new Responses.Given(question.id(), null,
						Integer.parseInt(value.strip()), null)));
			}
			case TEXT -> {
				if (given.size() > 1) {
					return "toolkit.surveys.answer.one";
				}
				if (!given.isEmpty()) {
					String text = given.get(0).replace("\r\n", "\n").strip();
					if (text.length() > TEXT_MAX) {
						return "toolkit.surveys.answer.long";
					}
					if (MARKUP.matcher(text).find()) {
						return "toolkit.surveys.answer.markup";
					}
					if (CONTROL.matcher(text).find()) {
						return "form.text.invalid";
					}
					answers.add(new Responses.Given(question.id(), null, null, text));
				}
			}
		}
		return null;
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return text.length() == 36 ? Optional.of(UUID.fromString(text)) : Optional.empty();
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	public boolean valid() {
		return errors.isEmpty();
	}

	/** Whether this value was given for the question (to check a box or a radio button again). */
	public boolean given(Question question, String value) {
		return values.getOrDefault(question.field(), List.of()).contains(value);
	}

	/** The text typed for a question, for the text box. */
	public String text(Question question) {
		List<String> given = values.getOrDefault(question.field(), List.of());
		return given.isEmpty() ? "" : given.get(0);
	}

	public Optional<String> error(Question question) {
		return Optional.ofNullable(errors.get(question.field()));
	}
}
