package org.wraparound.toolkit.surveys;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;

/**
 * A survey's answers as CSV: one line per person answering, one column per question. A cell that a spreadsheet
 * would take for a formula (starting with = + - @, a tab or a carriage return) gets a leading apostrophe.
 */
final class SurveyCsv {

	private SurveyCsv() {
	}

	static String write(Survey survey, List<Responses.Response> responses, Map<AccountId, String> names,
			Language language, ZoneId zone, List<String> headings) {
		StringBuilder csv = new StringBuilder();
		List<String> header = new ArrayList<>(headings);
		survey.questions().forEach(question -> header.add(question.text(language)));
		line(csv, header);
		for (Responses.Response response : responses) {
			List<String> cells = new ArrayList<>();
			cells.add(String.valueOf(response.round()));
			cells.add(response.at().atZone(zone).toLocalDate().toString());
			cells.add(response.language().code());
			if (!survey.anonymous()) {
				cells.add(response.by().map(names::get).orElse(""));
			}
			for (Question question : survey.questions()) {
				List<Responses.Given> given = response.answers().stream()
					.filter(answer -> answer.question().equals(question.id())).toList();
				if (question.kind().hasChoices()) {
					// in the question's order of choices, whatever order they were stored in
					cells.add(question.choices().stream()
						.filter(choice -> given.stream().anyMatch(answer -> choice.id().equals(answer.choice())))
						.map(choice -> choice.text(language)).collect(Collectors.joining("; ")));
				}
				else {
					cells.add(given.stream().map(answer -> answer.scale() != null ? String.valueOf(answer.scale())
							: answer.text()).collect(Collectors.joining("; ")));
				}
			}
			line(csv, cells);
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<String> cells) {
		csv.append(cells.stream().map(SurveyCsv::cell).collect(Collectors.joining(","))).append("\r\n");
	}

	static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return '"' + text.replace("\"", "\"\"") + '"';
	}
}
