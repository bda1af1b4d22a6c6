package org.wraparound.contact.chat.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where to mail the transcript of a chat. */
public record TranscriptForm(@NotBlank(message = "{chat.form.email.required}")
		@Size(max = 254, message = "{chat.form.email.invalid}") @Email(message = "{chat.form.email.invalid}") String email) {

	public TranscriptForm {
		email = email == null ? "" : email.strip();
	}
}
