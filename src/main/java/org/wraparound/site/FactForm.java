package org.wraparound.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A quick fact as staff type it; {@link #problems} names what is wrong, field by field, as message keys. */
public record FactForm(String position, String textEn, String textFr, String sourceEn, String sourceFr, String year,
		String link) {

	static final int MAX_TEXT = 600;
	static final int MAX_SOURCE = 400;

	static FactForm of(QuickFact fact) {
		return new FactForm(String.valueOf(fact.position()), fact.textEn(), fact.textFr(), fact.sourceEn(),
				fact.sourceFr(), String.valueOf(fact.year()), fact.link().orElse(""));
	}

	static FactForm empty(int position) {
		return new FactForm(String.valueOf(position), "", "", "", "", "", "");
	}

	Map<String, String> problems(int thisYear) {
		Map<String, String> problems = new LinkedHashMap<>();
		text(problems, "textEn", textEn, MAX_TEXT);
		text(problems, "textFr", textFr, MAX_TEXT);
		text(problems, "sourceEn", sourceEn, MAX_SOURCE);
		text(problems, "sourceFr", sourceFr, MAX_SOURCE);
		if (number(year).filter(value -> value >= 1900 && value <= thisYear).isEmpty()) {
			problems.put("year", "facts.error.year");
		}
		if (number(position).filter(value -> value >= 1 && value <= 999).isEmpty()) {
			problems.put("position", "facts.error.position");
		}
		String address = link == null ? "" : link.strip();
		if (!address.isEmpty() && (address.length() > MAX_SOURCE
				|| !(address.startsWith("https://") || address.startsWith("http://")) || address.contains(" "))) {
			problems.put("link", "facts.error.link");
		}
		return problems;
	}

	QuickFact toFact(UUID id) {
		String address = link == null ? "" : link.strip();
		return new QuickFact(id, number(position).orElse(1), textEn.strip(), textFr.strip(), sourceEn.strip(),
				sourceFr.strip(), number(year).orElseThrow(), address.isEmpty() ? Optional.empty() : Optional.of(address));
	}

	private static void text(Map<String, String> problems, String field, String value, int most) {
		if (value == null || value.isBlank()) {
			problems.put(field, "facts.error.required");
		}
		else if (value.strip().length() > most) {
			problems.put(field, "facts.error.too-long");
		}
	}

	private static Optional<Integer> number(String text) {
		if (text == null || !text.strip().matches("\\d{1,4}")) {
			return Optional.empty();
		}
		return Optional.of(Integer.parseInt(text.strip()));
	}
}
