package org.wraparound.toolkit.surveys;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A survey's results: for each question, how often each choice (or each scale value) was given in each round, so
 * that a later round shows what changed; and its free-text answers.
 */
public record Results(Survey survey, List<SurveyRound> rounds, List<Long> answersPerRound, List<QuestionResult> questions) {

	static Results of(Survey survey, List<SurveyRound> rounds, Map<Integer, Long> perRound,
			List<Responses.Count> counts, List<TextAnswer> texts) {
		Map<String, Long> byKey = new HashMap<>();
		for (Responses.Count count : counts) {
			byKey.put(key(count.round(), count.question(), count.choice(), count.scale()), count.count());
		}
		List<QuestionResult> questions = new ArrayList<>();
		for (Question question : survey.questions()) {
			List<Row> rows = new ArrayList<>();
			if (question.kind().hasChoices()) {
				for (Choice choice : question.choices()) {
					rows.add(new Row(choice, 0, counts(rounds, byKey, question.id(), choice.id(), null)));
				}
			}
			else if (question.kind() == QuestionKind.SCALE) {
				for (int value = 1; value <= 5; value++) {
					rows.add(new Row(null, value, counts(rounds, byKey, question.id(), null, value)));
				}
			}
			List<TextAnswer> mine = texts.stream().filter(text -> text.question().equals(question.id())).toList();
			questions.add(new QuestionResult(question, rows, mine));
		}
		List<Long> answers = rounds.stream().map(round -> perRound.getOrDefault(round.number(), 0L)).toList();
		return new Results(survey, rounds, answers, questions);
	}

	private static List<Long> counts(List<SurveyRound> rounds, Map<String, Long> byKey, UUID question, UUID choice,
			Integer scale) {
		return rounds.stream().map(round -> byKey.getOrDefault(key(round.number(), question, choice, scale), 0L))
			.toList();
	}

	private static String key(int round, UUID question, UUID choice, Integer scale) {
		return round + "/" + question + "/" + Objects.toString(choice, "") + "/" + Objects.toString(scale, "");
	}

	/** One question's numbers: a row per choice or scale value, a count per round; and its texts. */
	public record QuestionResult(Question question, List<Row> rows, List<TextAnswer> texts) {

		public boolean counted() {
			return !rows.isEmpty();
		}
	}

	/** A choice (or, for a scale, its value 1–5) and how often it was given in each round. */
	public record Row(Choice choice, int scale, List<Long> counts) {
	}
}
