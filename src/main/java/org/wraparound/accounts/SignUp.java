package org.wraparound.accounts;

import org.wraparound.platform.Language;

/** A person asks for an account. The password is still in plain text here and is hashed before it is stored. */
public record SignUp(String displayName, String email, String password, Language language) {

	@Override
	public String toString() {
		return "SignUp[" + displayName + ", " + email + ", " + language + "]";
	}
}
