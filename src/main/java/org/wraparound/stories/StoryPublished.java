package org.wraparound.stories;

import java.time.Instant;
import java.util.UUID;

import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;

/**
 * Staff approved a story and it is now public. Carries what the author's mail needs.
 *
 * @param notice a new id for each time this happens (a mail is sent once per notice)
 */
public record StoryPublished(UUID notice, StoryId story, CommunityId community, Language language, Theme theme,
		String title, Instant publishedAt, String authorEmail, String authorName, Language authorLanguage) {
}
