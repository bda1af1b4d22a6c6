package org.wraparound.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets that go into emailed links. A token is 32 random bytes, written URL-safe; only its SHA-256 hash is
 * stored, so a copy of the database opens nothing.
 */
public final class SecretTokens {

	/** Longer than any token we make; anything longer is not worth hashing. */
	public static final int MAX_LENGTH = 100;

	private static final SecureRandom RANDOM = new SecureRandom();

	private SecretTokens() {
	}

	public static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The hex SHA-256 of a token, as stored. */
	public static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	/** Whether the text could be one of our tokens at all. */
	public static boolean plausible(String token) {
		return token != null && !token.isBlank() && token.length() <= MAX_LENGTH;
	}
}
