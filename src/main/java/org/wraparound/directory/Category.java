package org.wraparound.directory;

import java.util.Locale;
import java.util.Optional;

/** What kind of help an entry of the asset map offers. Each has a label in both languages. */
public enum Category {

	FAITH_COMMUNITY, SERVICE_CLUB, LIBRARY, HOSPICE, HOME_CARE, GRIEF_SUPPORT, TRANSPORT, MEALS_AND_FOOD,
	CAREGIVER_SUPPORT, LEGAL_AND_FINANCIAL, CULTURAL_COMMUNITY, OTHER;

	/** The message key of its label. */
	public String labelKey() {
		return "directory.category." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The category for a code such as {@code GRIEF_SUPPORT} (any case, dashes or underscores), if there is one. */
	public static Optional<Category> parse(String code) {
		if (code == null || code.isBlank() || code.length() > 40) {
			return Optional.empty();
		}
		String wanted = code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
		for (Category category : values()) {
			if (category.name().equals(wanted)) {
				return Optional.of(category);
			}
		}
		return Optional.empty();
	}
}
