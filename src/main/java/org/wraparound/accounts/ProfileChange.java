package org.wraparound.accounts;

import org.wraparound.platform.Language;

/** A person changes their name, language, or how they like to be reached. */
public record ProfileChange(String displayName, Language language, String phone,
		ContactPreference contactPreference) {
}
