package org.wraparound.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.wraparound.accounts.ContactPreference;
import org.wraparound.accounts.Profile;
import org.wraparound.accounts.ProfileChange;
import org.wraparound.platform.Language;

/** Name, language and how to be reached. A phone number is digits with spaces, dashes, dots, brackets or a plus. */
public record ProfileForm(
		@NotBlank(message = "{signup.name.required}") @Size(max = 100, message = "{signup.name.size}")
		@Pattern(regexp = "[^\\p{Cc}]*", message = "{form.text.invalid}") String name,
		@Pattern(regexp = "en|fr", message = "{signup.language.invalid}") String language,
		@Size(max = 30, message = "{profile.phone.invalid}")
		@Pattern(regexp = "[0-9 +().\\-]*", message = "{profile.phone.invalid}") String phone,
		@Pattern(regexp = "EMAIL|PHONE", message = "{profile.contact.invalid}") String contact) {

	public ProfileForm {
		name = name == null ? null : name.strip();
		phone = phone == null ? "" : phone.strip();
	}

	static ProfileForm of(Profile profile) {
		return new ProfileForm(profile.displayName(), profile.language().code(),
				profile.phone() == null ? "" : profile.phone(), profile.contactPreference().name());
	}

	boolean phoneMissingForPhoneContact() {
		return "PHONE".equals(contact) && (phone == null || phone.isBlank());
	}

	ProfileChange toCommand() {
		return new ProfileChange(name, Language.parse(language).orElse(Language.EN), phone,
				ContactPreference.valueOf(contact));
	}
}
