package org.wraparound.accounts.security;

import java.nio.charset.StandardCharsets;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * BCrypt, which reads at most 72 bytes of a password. Sign-up refuses longer ones with a message; here a longer one
 * simply does not match, instead of failing the sign-in with an error. A stored hash keeps the cost it was made
 * with, so changing the strength affects new passwords only.
 */
class Passwords implements PasswordEncoder {

	static final int MAX_BYTES = 72;

	private final BCryptPasswordEncoder bcrypt;

	/** @param strength BCrypt's cost: each step doubles the work of hashing and of checking a new hash */
	Passwords(int strength) {
		this.bcrypt = new BCryptPasswordEncoder(strength);
	}

	@Override
	public String encode(CharSequence raw) {
		return bcrypt.encode(raw);
	}

	@Override
	public boolean matches(CharSequence raw, String encoded) {
		if (raw == null || raw.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return false;
		}
		return bcrypt.matches(raw, encoded);
	}
}
