package org.wraparound.contact.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The time a form was shown, written into the form and signed (HMAC-SHA256), so that a reply can tell how long the
 * person took to fill it in without anything kept on the server. A robot posts within a second; a person cannot.
 */
@Component
class FormStamps {

	private final Clock clock;
	private final Duration minimum;
	private final byte[] key;

	FormStamps(Clock clock, ContactSettings settings) {
		this.clock = clock;
		this.minimum = settings.minimumFillTime();
		this.key = settings.formKey().isBlank() ? randomKey() : settings.formKey().getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] randomKey() {
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		return random;
	}

	/** A stamp for a form shown now. */
	String now() {
		String millis = String.valueOf(clock.millis());
		return millis + "." + signature(millis);
	}

	/**
	 * The stamp to keep in a form shown again: the one it came with when genuine, so that the time counts from when
	 * it was first shown; else a new one.
	 */
	String keep(String stamp) {
		return shownAt(stamp).isPresent() ? stamp : now();
	}

	/** Whether the form was sent too soon after it was shown, or with a stamp we did not sign. */
	boolean tooFast(String stamp) {
		return shownAt(stamp).map(shown -> Duration.between(shown, clock.instant()).compareTo(minimum) < 0)
			.orElse(true);
	}

	private Optional<Instant> shownAt(String stamp) {
		if (stamp == null || stamp.length() > 100) {
			return Optional.empty();
		}
		int dot = stamp.indexOf('.');
		if (dot < 1) {
			return Optional.empty();
		}
		String millis = stamp.substring(0, dot);
		byte[] given = stamp.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(given, signature(millis).getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		try {
			return Optional.of(Instant.ofEpochMilli(Long.parseLong(millis)));
		}
		catch (NumberFormatException notATime) {
			return Optional.empty();
		}
	}

	private String signature(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return Base64.getUrlEncoder().withoutPadding()
				.encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
		}
	}
}
