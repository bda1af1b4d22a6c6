package org.wraparound.toolkit;

import org.wraparound.platform.Language;

/** A step's guide in one language as it stands: its Markdown, the safe HTML made from it, and its version. */
public record Guide(String step, String phase, Language language, String title, String markdown, String html,
		int version) {
}
