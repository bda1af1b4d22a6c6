package org.wraparound.circles;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An update in a circle's feed, with its comments oldest first. The text is plain: show it as it is. */
public record CircleUpdate(UUID id, String authorName, Instant postedAt, String text, List<Comment> comments) {

	/** A member's comment on an update. */
	public record Comment(UUID id, String authorName, Instant postedAt, String text) {
	}
}
