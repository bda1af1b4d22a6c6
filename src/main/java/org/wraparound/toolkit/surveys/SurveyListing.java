package org.wraparound.toolkit.surveys;

import java.util.UUID;

import org.wraparound.platform.Language;

/** A survey as listed on its community's page, with how many answers it has had in all. */
public record SurveyListing(UUID id, String titleEn, String titleFr, SurveyStatus status, int round, long answers) {

	public String title(Language language) {
		return language == Language.FR ? titleFr : titleEn;
	}
}
