package org.wraparound.audit;

import java.util.regex.Pattern;

/** Makes free text safe to store: no control characters (PostgreSQL refuses NUL), never longer than its column. */
final class Text {

	private static final Pattern LINE_BREAKS_AND_TABS = Pattern.compile("[\\t\\n\\r]+");
	private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

	private Text() {
	}

	/** The text without control characters (line breaks and tabs become a space), cut to {@code max} characters. */
	static String clean(String text, int max) {
		if (text == null) {
			return null;
		}
		String cleaned = CONTROL.matcher(LINE_BREAKS_AND_TABS.matcher(text).replaceAll(" ")).replaceAll("");
		if (cleaned.length() <= max) {
			return cleaned;
		}
		// never cut a character made of two UTF-16 units in half
		int end = Character.isHighSurrogate(cleaned.charAt(max - 1)) ? max - 1 : max;
		return cleaned.substring(0, end);
	}
}
