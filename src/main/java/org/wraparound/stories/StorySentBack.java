package org.wraparound.stories;

import java.util.UUID;

import org.wraparound.platform.Language;

/** Staff sent a story back to its author with a note saying what to change. */
public record StorySentBack(UUID notice, StoryId story, String title, String note, String authorEmail,
		String authorName, Language authorLanguage) {
}
