package org.wraparound.stories;

import java.util.UUID;

import org.wraparound.platform.Language;

/** Staff decided not to publish a story, and said why. */
public record StoryRejected(UUID notice, StoryId story, String title, String reason, String authorEmail,
		String authorName, Language authorLanguage) {
}
