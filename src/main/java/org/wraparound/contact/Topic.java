package org.wraparound.contact;

import java.util.Locale;
import java.util.Optional;

/** What an inquiry is about, chosen from a list so that staff can sort the inbox at a glance. */
public enum Topic {
	GENERAL, START_COMMUNITY, VOLUNTEERING, GETTING_HELP, STORIES, TECHNICAL, PRESS, OTHER;

	public String messageKey() {
		return "contact.topic." + name();
	}

	/** The topic named in a link such as {@code ?topic=volunteering} (any case, dashes or underscores). */
	public static Optional<Topic> parse(String text) {
		if (text == null || text.isBlank() || text.length() > 40) {
			return Optional.empty();
		}
		String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		for (Topic topic : values()) {
			if (topic.name().equals(name)) {
				return Optional.of(topic);
			}
		}
		return Optional.empty();
	}
}
