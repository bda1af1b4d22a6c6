package org.wraparound.stories.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;
import org.wraparound.platform.Language;
import org.wraparound.stories.StoryEdit;
import org.wraparound.stories.StoryView;
import org.wraparound.stories.Theme;

/** Staff's changes to a story's words. */
public record StoryEditForm(
		@NotBlank(message = "{stories.form.title.required}") @Size(max = 150, message = "{stories.form.title.size}") String title,
		@NotBlank(message = "{stories.form.body.required}") @Size(max = 20000, message = "{stories.form.body.size}") String body,
		String language, String theme, @Size(max = 300, message = "{stories.form.alt.size}") String photoAlt) {

	public StoryEditForm {
		title = title == null ? "" : title.strip();
		body = body == null ? "" : body.strip();
		photoAlt = photoAlt == null ? "" : photoAlt.strip();
	}

	static StoryEditForm of(StoryView story) {
		return new StoryEditForm(story.title(), story.body(), story.language().code(), story.theme().name(),
				story.photoAlt());
	}

	void validate(Errors errors, boolean hasPhoto) {
		if (Language.parse(language).filter(l -> l.code().equals(language)).isEmpty()) {
			errors.rejectValue("language", "stories.form.language.required");
		}
		if (Theme.parse(theme).isEmpty()) {
			errors.rejectValue("theme", "stories.form.theme.required");
		}
		if (hasPhoto && photoAlt.isBlank()) {
			errors.rejectValue("photoAlt", "stories.form.alt.required");
		}
	}

	StoryEdit toEdit() {
		return new StoryEdit(title, body.replace("\r\n", "\n"), Language.parse(language).orElseThrow(),
				Theme.parse(theme).orElseThrow(), photoAlt);
	}
}
