package org.wraparound.site;

import java.util.Optional;
import java.util.UUID;

/**
 * A figure from a public source, told in our own words, in English and French, with its source, the year of the
 * figures and, when there is one, a link to the source. Staff keep them; the home page shows them in order.
 */
public record QuickFact(UUID id, int position, String textEn, String textFr, String sourceEn, String sourceFr,
		int year, Optional<String> link) {

	/** The text in the reader's language ({@code fr} or anything else for English). */
	public String text(String language) {
		return "fr".equals(language) ? textFr : textEn;
	}

	public String source(String language) {
		return "fr".equals(language) ? sourceFr : sourceEn;
	}
}
