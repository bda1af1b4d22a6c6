package org.wraparound.toolkit.templates;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What was typed into a template's blanks, as its PDF template reads them. A blank left empty prints as a line to
 * write on by hand.
 */
public record TemplateValues(Map<String, String> values) {

	/** What an empty blank prints as inside a sentence. */
	public static final String BLANK = "______________________";

	public TemplateValues {
		values = Map.copyOf(values);
	}

	/** The text of a blank, or an empty string. */
	public String get(String field) {
		return values.getOrDefault(field, "");
	}

	/** The text of a blank, or a line to write on by hand when it was left empty. */
	public String orBlank(String field) {
		return has(field) ? get(field) : BLANK;
	}

	/** Whether the blank was filled in. */
	public boolean has(String field) {
		return !get(field).isBlank();
	}

	/** A several-line blank as its non-empty lines: one list item each. */
	public List<String> lines(String field) {
		return Arrays.stream(get(field).split("\n")).map(String::strip).filter(line -> !line.isEmpty()).toList();
	}
}
