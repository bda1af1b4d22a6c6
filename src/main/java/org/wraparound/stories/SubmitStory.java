package org.wraparound.stories;

import java.util.List;
import java.util.Optional;

import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;

/**
 * A story as its author sends it (or staff edit it). The text is plain: paragraphs separated by blank lines.
 *
 * @param photo empty to keep no photo (or, on an edit, to keep the one already there)
 * @param consents every person named or shown, at least one row
 */
public record SubmitStory(AccountId author, CommunityId community, String title, String body, Language language,
		Theme theme, Optional<Photo> photo, String photoAlt, List<Consent> consents) {
}
