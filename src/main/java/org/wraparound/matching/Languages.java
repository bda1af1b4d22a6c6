package org.wraparound.matching;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Language codes and interests are compared trimmed and in lower case. */
final class Languages {

	private Languages() {
	}

	static String normalize(String text) {
		return text.trim().toLowerCase(Locale.ROOT);
	}

	static Set<String> normalizeAll(Set<String> texts) {
		Set<String> normalized = new HashSet<>();
		for (String text : texts) {
			normalized.add(normalize(text));
		}
		return Set.copyOf(normalized);
	}
}
