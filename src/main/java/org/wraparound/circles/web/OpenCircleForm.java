package org.wraparound.circles.web;

import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.wraparound.accounts.AccountId;
import org.wraparound.circles.CircleRole;
import org.wraparound.circles.ConsentGiver;
import org.wraparound.circles.OpenCircle;
import org.wraparound.circles.PersonProfile;
import org.wraparound.communities.CommunityId;

/** What it takes to open a circle: where, for whom, what the person prefers, and their consent. */
public record OpenCircleForm(
		@NotBlank(message = "{circles.open.community.required}") @Size(max = 60) String community,
		@Pattern(regexp = "SELF|SOMEONE", message = "{circles.open.for.required}") String forWhom,
		@NotBlank(message = "{circles.open.first-name.required}") @Size(max = 60, message = "{circles.text.size.60}")
		@Pattern(regexp = TEXT, message = "{form.text.invalid}") String firstName,
		@Size(max = 60, message = "{circles.text.size.60}") @Pattern(regexp = TEXT, message = "{form.text.invalid}") String called,
		@NotEmpty(message = "{circles.open.languages.required}") List<@Pattern(regexp = "en|fr") String> languages,
		@Size(max = 100, message = "{circles.text.size.100}") @Pattern(regexp = TEXT, message = "{form.text.invalid}") String neighbourhood,
		@Size(max = 300, message = "{circles.text.size.300}") @Pattern(regexp = TEXT, message = "{form.text.invalid}") String address,
		@Size(max = 1000, message = "{circles.text.size.1000}") @Pattern(regexp = LONG_TEXT, message = "{form.text.invalid}") String helperPreferences,
		Boolean prefersWomenHelpers, Boolean prefersMenHelpers,
		@Size(max = 1000, message = "{circles.text.size.1000}") @Pattern(regexp = LONG_TEXT, message = "{form.text.invalid}") String accessibilityNotes,
		@Pattern(regexp = "PERSON|SUBSTITUTE", message = "{circles.open.consent-giver.required}") String consentGiver,
		@NotBlank(message = "{circles.open.consent-name.required}") @Size(max = 100, message = "{circles.text.size.100}")
		@Pattern(regexp = TEXT, message = "{form.text.invalid}") String consentName,
		@AssertTrue(message = "{circles.open.consent.required}") Boolean consentConfirmed) {

	/** One line of text: no control characters. */
	static final String TEXT = "[^\\p{Cc}]*";

	/** Several lines: line breaks and tabs allowed, other control characters not. */
	static final String LONG_TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

	/** A box left unticked is not sent at all: it means no. */
	public OpenCircleForm {
		languages = languages == null ? List.of() : languages;
		prefersWomenHelpers = Boolean.TRUE.equals(prefersWomenHelpers);
		prefersMenHelpers = Boolean.TRUE.equals(prefersMenHelpers);
		consentConfirmed = Boolean.TRUE.equals(consentConfirmed);
	}

	static OpenCircleForm empty(String language) {
		return new OpenCircleForm("", "SOMEONE", "", "", List.of(language), "", "", "", false, false, "", "PERSON", "",
				false);
	}

	OpenCircle toCommand(CommunityId communityId, AccountId openedBy) {
		var person = new PersonProfile(firstName, called, languages, helperPreferences, prefersWomenHelpers,
				prefersMenHelpers, null, null, neighbourhood, address, accessibilityNotes);
		return new OpenCircle(communityId, openedBy, "SELF".equals(forWhom) ? CircleRole.PERSON : CircleRole.COORDINATOR,
				person, ConsentGiver.valueOf(consentGiver), consentName);
	}
}
