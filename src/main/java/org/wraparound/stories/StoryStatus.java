package org.wraparound.stories;

/** Where a story is in moderation. Only a published story is public. */
public enum StoryStatus {

	SUBMITTED, SENT_BACK, PUBLISHED, REJECTED;

	public String messageKey() {
		return "stories.status." + name();
	}
}
