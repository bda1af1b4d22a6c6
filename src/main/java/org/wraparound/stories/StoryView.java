package org.wraparound.stories;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;

/**
 * A story with all that staff and its author may see of it; the public pages show only its words, photo, community
 * and date.
 *
 * @param note the note sent back with it, or the reason it was rejected; blank when none
 */
public record StoryView(StoryId id, AccountId author, CommunityId community, String title, String body,
		Language language, Theme theme, StoryStatus status, String note, Optional<UUID> photo, String photoAlt,
		boolean featured, Instant submittedAt, Optional<Instant> publishedAt, List<Consent> consents) {

	/** The text as paragraphs, split on blank lines, for templates to print escaped one by one. */
	public List<String> paragraphs() {
		return Arrays.stream(body.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

	/** The address of the photo: a new photo has a new id, so it may be cached for long. */
	public Optional<String> photoHref() {
		return photo.map(id -> "/stories/photos/" + id);
	}

	/** The first words, for a list of stories. */
	public String summary() {
		String first = paragraphs().isEmpty() ? "" : paragraphs().get(0);
		return first.length() <= 220 ? first : first.substring(0, first.lastIndexOf(' ', 220) > 0 ? first.lastIndexOf(' ', 220) : 220) + "…";
	}
}
