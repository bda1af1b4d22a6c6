package org.wraparound.accounts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, chosen through an emailed link. */
public record NewPasswordForm(String token,
		@NotBlank(message = "{signup.password.required}")
		@Size(min = 10, max = 64, message = "{signup.password.size}") String password) {
}
