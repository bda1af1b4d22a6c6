package org.wraparound.directory;

import java.util.Optional;

/**
 * What someone looks for on the asset map. Every word must appear in the entry (its name, descriptions, address,
 * hours or accessibility notes), whatever the case and accents.
 *
 * @param near with {@code withinKm}, only entries with a place that close, nearest first
 */
public record Search(String words, Optional<Category> category, Optional<String> language, Optional<Point> near,
		double withinKm) {

	public static final double MAX_KM = 500;

	public Search {
		words = words == null ? "" : words.strip();
		category = category == null ? Optional.empty() : category;
		language = language == null ? Optional.empty() : language.filter(name -> !name.isBlank());
		near = near == null ? Optional.empty() : near;
	}

	/** Everything. */
	public static Search all() {
		return new Search("", Optional.empty(), Optional.empty(), Optional.empty(), 0);
	}
}
