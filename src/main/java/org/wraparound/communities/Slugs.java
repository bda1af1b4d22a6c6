package org.wraparound.communities;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/** Readable, stable web addresses for communities: "Cœur de Québec" becomes "coeur-de-quebec". */
final class Slugs {

	static final int MAX_LENGTH = 60;

	/** Addresses under /communities/ that are pages of their own, never a community's. */
	static final Set<String> RESERVED = Set.of("start", "invitation");

	private Slugs() {
	}

	static String of(String name) {
		String ascii = Normalizer.normalize(name.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae"),
				Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "community" : slug;
	}
}
