package org.wraparound.stories.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;
import org.wraparound.accounts.AccountId;
import org.wraparound.communities.CommunityId;
import org.wraparound.platform.Language;
import org.wraparound.stories.Consent;
import org.wraparound.stories.ConsentWay;
import org.wraparound.stories.Photo;
import org.wraparound.stories.StoryView;
import org.wraparound.stories.SubmitStory;
import org.wraparound.stories.Theme;

/**
 * A story as typed in the form, kept whole when it is shown again. Consent rows come as parallel lists (one entry per
 * row, blank rows ignored).
 */
public record StoryForm(
		@NotBlank(message = "{stories.form.title.required}") @Size(max = 150, message = "{stories.form.title.size}") String title,
		@NotBlank(message = "{stories.form.body.required}") @Size(max = 20000, message = "{stories.form.body.size}") String body,
		String language, String theme, String community,
		@Size(max = 300, message = "{stories.form.alt.size}") String photoAlt,
		List<String> consentPerson, List<String> consentWay, List<String> consentDate, Boolean consentConfirmed,
		MultipartFile photo) {

	/** How many consent rows the form offers. */
	public static final int ROWS = 4;

	public StoryForm {
		title = title == null ? "" : title.strip();
		body = body == null ? "" : body.strip();
		photoAlt = photoAlt == null ? "" : photoAlt.strip();
		consentPerson = padded(consentPerson);
		consentWay = padded(consentWay);
		consentDate = padded(consentDate);
		consentConfirmed = Boolean.TRUE.equals(consentConfirmed);
	}

	static StoryForm empty(Language language, String community) {
		return new StoryForm("", "", language.code(), "", community, "", null, null, null, false, null);
	}

	static StoryForm of(StoryView story) {
		List<String> people = new ArrayList<>();
		List<String> ways = new ArrayList<>();
		List<String> dates = new ArrayList<>();
		story.consents().forEach(consent -> {
			people.add(consent.person());
			ways.add(consent.way().name());
			dates.add(consent.givenOn().toString());
		});
		return new StoryForm(story.title(), story.body(), story.language().code(), story.theme().name(),
				story.community().value().toString(), story.photoAlt(), people, ways, dates, false, null);
	}

	private static List<String> padded(List<String> values) {
		List<String> rows = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			String value = values != null && i < values.size() && values.get(i) != null ? values.get(i).strip() : "";
			rows.add(value);
		}
		return rows;
	}

	/** Whether a file came with the form. */
	boolean hasUpload() {
		return photo != null && !photo.isEmpty();
	}

	/** The checks Bean Validation cannot make; {@code hasPhoto} when a photo came with the form (or is kept). */
	void validate(Errors errors, boolean hasPhoto, LocalDate today) {
		if (Language.parse(language).filter(l -> l.code().equals(language)).isEmpty()) {
			errors.rejectValue("language", "stories.form.language.required");
		}
		if (Theme.parse(theme).isEmpty()) {
			errors.rejectValue("theme", "stories.form.theme.required");
		}
		if (communityId().isEmpty()) {
			errors.rejectValue("community", "stories.form.community.required");
		}
		if (hasPhoto && photoAlt.isBlank()) {
			errors.rejectValue("photoAlt", "stories.form.alt.required");
		}
		if (!title.isEmpty() && !title.matches("[^\\p{Cc}]*")) {
			errors.rejectValue("title", "form.text.invalid");
		}
		int complete = 0;
		for (int i = 0; i < ROWS; i++) {
			boolean any = !consentPerson.get(i).isEmpty() || !consentWay.get(i).isEmpty() || !consentDate.get(i).isEmpty();
			if (!any) {
				continue;
			}
			var date = date(consentDate.get(i));
			if (consentPerson.get(i).isEmpty() || consentPerson.get(i).length() > 120
					|| ConsentWay.parse(consentWay.get(i)).isEmpty() || date.isEmpty()) {
				errors.rejectValue("consentPerson", "stories.form.consent.incomplete", new Object[] { i + 1 }, null);
				return;
			}
			if (date.get().isAfter(today)) {
				errors.rejectValue("consentPerson", "stories.form.consent.future", new Object[] { i + 1 }, null);
				return;
			}
			complete++;
		}
		if (complete == 0) {
			errors.rejectValue("consentPerson", "stories.form.consent.required");
		}
		if (!consentConfirmed) {
			errors.rejectValue("consentConfirmed", "stories.form.confirm.required");
		}
	}

	Optional<CommunityId> communityId() {
		try {
			return Optional.of(new CommunityId(java.util.UUID.fromString(community)));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return Optional.empty();
		}
	}

	private static Optional<LocalDate> date(String text) {
		try {
			return Optional.of(LocalDate.parse(text));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	List<Consent> consents() {
		List<Consent> consents = new ArrayList<>();
		for (int i = 0; i < ROWS; i++) {
			if (!consentPerson.get(i).isEmpty()) {
				consents.add(new Consent(consentPerson.get(i), ConsentWay.parse(consentWay.get(i)).orElseThrow(),
						LocalDate.parse(consentDate.get(i))));
			}
		}
		return consents;
	}

	/** The command, for a form that passed {@link #validate}. */
	SubmitStory toCommand(AccountId author, Optional<Photo> photo) {
		return new SubmitStory(author, communityId().orElseThrow(), title, body.replace("\r\n", "\n"),
				Language.parse(language).orElseThrow(), Theme.parse(theme).orElseThrow(), photo, photoAlt, consents());
	}
}
