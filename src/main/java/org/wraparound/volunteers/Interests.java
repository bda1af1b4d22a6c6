package org.wraparound.volunteers;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A volunteer's interests as written (such as gardening, music), cut into lower-case words and phrases. */
final class Interests {

	private Interests() {
	}

	static Set<String> of(String text) {
		if (text == null || text.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(part -> !part.isEmpty())
			.map(part -> part.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
	}
}
