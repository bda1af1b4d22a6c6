package org.wraparound.stories;

import org.wraparound.platform.Language;

/** What staff may change in a story before publishing it: the words, never the consents or the author. */
public record StoryEdit(String title, String body, Language language, Theme theme, String photoAlt) {
}
