package org.wraparound.toolkit;

import java.util.List;
import java.util.Map;

import org.wraparound.platform.Language;

/**
 * One step of the path as the code ships it: where it sits, its suggested week, its seed version (raised when the
 * shipped text changes), the tools it links to, and its guide and checklist in each language.
 */
record SeedStep(String key, String phase, int position, int weeks, int version, List<String> tools,
		Map<Language, Guide> guides) {

	/** A guide as written in one language: its title, its Markdown body and its checklist items, in order. */
	record Guide(String title, String body, List<String> items) {
	}

	int itemCount() {
		return guides.get(Language.EN).items().size();
	}

	String itemKey(int index) {
		return key + "-" + (index + 1);
	}

	String label(Language language, int index) {
		return guides.get(language).items().get(index);
	}
}
