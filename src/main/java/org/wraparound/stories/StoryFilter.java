package org.wraparound.stories;

import java.util.Optional;

import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;

/** Which published stories a reader wants to see; empty parts do not filter. */
public record StoryFilter(Optional<Theme> theme, Optional<CommunityId> community, Optional<Language> language) {

	public static StoryFilter none() {
		return new StoryFilter(Optional.empty(), Optional.empty(), Optional.empty());
	}
}
