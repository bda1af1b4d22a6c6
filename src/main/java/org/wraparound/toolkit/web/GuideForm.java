package org.wraparound.toolkit.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.wraparound.accounts.AccountId;
import org.wraparound.platform.Language;
import org.wraparound.toolkit.EditGuide;
import org.wraparound.toolkit.Guide;

/** A guide's title and Markdown as staff type them, and the version they started from. */
public record GuideForm(
		@NotBlank(message = "{toolkit.staff.title.required}")
		@Size(max = EditGuide.MAX_TITLE, message = "{toolkit.staff.title.size}") String title,
		@NotBlank(message = "{toolkit.staff.markdown.required}")
		@Size(max = EditGuide.MAX_MARKDOWN, message = "{toolkit.staff.markdown.size}") String markdown,
		int basedOn) {

	static GuideForm of(Guide guide) {
		return new GuideForm(guide.title(), guide.markdown(), guide.version());
	}

	EditGuide toCommand(String step, Language language, AccountId by) {
		return new EditGuide(step, language, title, markdown, basedOn, by);
	}
}
