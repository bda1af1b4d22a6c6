package org.wraparound.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One email address, for a sign-in link, a password reset or a new address. */
public record EmailForm(@NotBlank(message = "{signup.email.required}") @Size(max = 254, message = "{signup.email.size}")
		@Email(message = "{signup.email.invalid}") String email) {

	public EmailForm {
		email = email == null ? null : email.strip();
	}

	public static EmailForm empty() {
		return new EmailForm("");
	}
}
