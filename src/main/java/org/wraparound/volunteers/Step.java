package org.wraparound.volunteers;

import java.util.Optional;

/** The short steps of the application, in order; after the last comes the review and sending. */
public enum Step {
	MOTIVATION, HELP, SKILLS, PLACE, TRAVEL, TIME, REFERENCES;

	/** The step's name in an address, such as {@code motivation}. */
	public String slug() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** 1 for the first step. */
	public int number() {
		return ordinal() + 1;
	}

	public static Optional<Step> fromSlug(String slug) {
		for (Step step : values()) {
			if (step.slug().equals(slug)) {
				return Optional.of(step);
			}
		}
		return Optional.empty();
	}
}
