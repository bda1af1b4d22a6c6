package org.wraparound.communities.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Whom to invite to co-champion a community, with a note in the inviter's own words. */
public record ChampionInviteForm(
		@NotBlank(message = "{communities.invite.email.required}") @Size(max = 254, message = "{signup.email.size}")
		@Email(message = "{signup.email.invalid}") String email,
		@Size(max = 500, message = "{communities.text.size.500}")
		@Pattern(regexp = DescriptionForm.LONG_TEXT, message = "{form.text.invalid}") String note) {

	public ChampionInviteForm {
		email = email == null ? null : email.strip();
		note = note == null ? "" : note;
	}

	static ChampionInviteForm empty() {
		return new ChampionInviteForm("", "");
	}
}
