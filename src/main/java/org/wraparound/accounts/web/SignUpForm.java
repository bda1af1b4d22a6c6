package org.wraparound.accounts.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.wraparound.accounts.SignUp;
import org.wraparound.platform.Language;

/**
 * What the sign-up page asks for. Control characters are refused in every text field: no one types them, and
 * some databases refuse to store them.
 */
public record SignUpForm(
		@NotBlank(message = "{signup.name.required}") @Size(max = 100, message = "{signup.name.size}")
		@Pattern(regexp = "[^\\p{Cc}]*", message = "{form.text.invalid}") String name,
		@NotBlank(message = "{signup.email.required}") @Size(max = 254, message = "{signup.email.size}")
		@Email(message = "{signup.email.invalid}") String email,
		@NotBlank(message = "{signup.password.required}")
		@Size(min = 10, max = 64, message = "{signup.password.size}") String password,
		@Pattern(regexp = "en|fr", message = "{signup.language.invalid}") String language) {

	/** Spaces around a name or an email are a slip of the thumb, not part of it. The password is kept as typed. */
	public SignUpForm {
		name = name == null ? null : name.strip();
		email = email == null ? null : email.strip();
	}

	static SignUpForm empty(Language language) {
		return new SignUpForm("", "", "", language.code());
	}

	SignUp toCommand() {
		return new SignUp(name, email, password, Language.parse(language).orElse(Language.EN));
	}

	@Override
	public String toString() {
		return "SignUpForm[" + name + ", " + email + ", " + language + "]";
	}
}
