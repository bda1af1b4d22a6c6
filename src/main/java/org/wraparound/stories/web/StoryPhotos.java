package org.wraparound.stories.web;

import java.io.IOException;
import java.util.Optional;

import org.springframework.validation.Errors;
import org.wraparound.stories.Photo;
import org.wraparound.stories.PhotoRefused;
import org.wraparound.stories.Photos;

/** The photo that came with a story form: read only if small enough, then checked and prepared. */
final class StoryPhotos {

	private StoryPhotos() {
	}

	static Optional<Photo> from(StoryForm form, Errors errors) {
		if (!form.hasUpload()) {
			return Optional.empty();
		}
		if (form.photo().getSize() > Photos.MAX_BYTES) {
			errors.rejectValue("photo", "stories.photo.tooLarge");
			return Optional.empty();
		}
		try {
			return Optional.of(Photos.prepare(form.photo().getBytes()));
		}
		catch (PhotoRefused refused) {
			errors.rejectValue("photo", refused.messageKey());
		}
		catch (IOException ex) {
			errors.rejectValue("photo", "stories.photo.unreadable");
		}
		return Optional.empty();
	}
}
