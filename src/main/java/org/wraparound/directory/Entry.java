package org.wraparound.directory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.wraparound.platform.Language;

/**
 * A group, service or place on a community's asset map. Public. Text fields are plain text, empty when not given.
 *
 * @param languages the languages it works in, as typed (such as "English", "Italian")
 * @param checkedAt when someone last checked that it is still right
 */
public record Entry(EntryId id, String name, Category category, String descriptionEn, String descriptionFr,
		String phone, String email, String website, String hours, String address, Optional<Point> point,
		List<String> languages, String accessibility, String maintainedBy, Instant checkedAt) {

	/** The description in the reader's language, or in the other one when that is all there is. */
	public String description(Language reader) {
		String own = reader == Language.FR ? descriptionFr : descriptionEn;
		return own.isEmpty() ? (reader == Language.FR ? descriptionEn : descriptionFr) : own;
	}

	/** The language the shown description is written in, when it is not the reader's (for screen readers). */
	public Optional<Language> descriptionLanguageOtherThan(Language reader) {
		String own = reader == Language.FR ? descriptionFr : descriptionEn;
		return own.isEmpty() && !description(reader).isEmpty() ? Optional.of(reader.other()) : Optional.empty();
	}
}
