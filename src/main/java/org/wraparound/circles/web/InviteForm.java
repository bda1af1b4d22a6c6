package org.wraparound.circles.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Whom to invite into a circle, and as what. */
public record InviteForm(
		@NotBlank(message = "{signup.email.required}") @Size(max = 254, message = "{signup.email.size}")
		@Email(message = "{signup.email.invalid}") String email,
		@Pattern(regexp = "HELPER|COORDINATOR", message = "{circles.invite.role.required}") String role) {

	public InviteForm {
		email = email == null ? null : email.strip();
	}

	static InviteForm empty() {
		return new InviteForm("", "HELPER");
	}
}
