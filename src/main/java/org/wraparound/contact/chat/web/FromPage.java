package org.wraparound.contact.chat.web;

import java.util.Optional;

/** The page a visitor opened the chat from: a path on this site, or nothing (never another site's address). */
final class FromPage {

	private static final int MAX = 300;

	private FromPage() {
	}

	static Optional<String> of(String path) {
		if (path == null || path.isBlank() || path.length() > MAX || !path.startsWith("/") || path.startsWith("//")
				|| path.contains("\\") || !path.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
			return Optional.empty();
		}
		return Optional.of(path);
	}
}
