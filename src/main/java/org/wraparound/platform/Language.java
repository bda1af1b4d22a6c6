package org.wraparound.platform;

import java.util.Locale;
import java.util.Optional;

/** The languages Wraparound is written in. Every message exists in each of them. */
public enum Language {

	EN(Locale.ENGLISH), FR(Locale.FRENCH);

	private final Locale locale;

	Language(Locale locale) {
		this.locale = locale;
	}

	public Locale locale() {
		return locale;
	}

	public String code() {
		return locale.getLanguage();
	}

	public Language other() {
		return this == EN ? FR : EN;
	}

	/** The language of {@code locale}, or English when it is neither. */
	public static Language of(Locale locale) {
		return parse(locale == null ? null : locale.getLanguage()).orElse(EN);
	}

	/** The language for a code such as {@code fr} or {@code fr-CA}, if it is one of ours. */
	public static Optional<Language> parse(String code) {
		if (code == null || code.isBlank() || code.length() > 35) {
			return Optional.empty();
		}
		String language = code.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
		for (Language candidate : values()) {
			if (candidate.code().equals(language)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}
}
