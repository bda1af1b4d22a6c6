package org.wraparound.accounts;

import java.time.Instant;
import java.util.UUID;

import org.wraparound.platform.Language;

/**
 * An email about someone's account must go out: a link to verify an address, to sign in, to reset a password or to
 * confirm a new address, or a notice. The notifications module writes and sends it, in {@code language}.
 *
 * @param id unique per email asked for, so that sending is idempotent when the event is delivered again
 * @param kind which email this is
 * @param to the address to write to
 * @param displayName how to greet the person
 * @param language the language to write in
 * @param link the absolute link the email carries, or {@code null} for a plain notice
 * @param expiresAt when the link stops working, or {@code null} for a plain notice
 * @param at when it was asked for
 */
public record AccountEmailRequested(UUID id, Kind kind, String to, String displayName, Language language,
		String link, Instant expiresAt, Instant at) {

	/** The emails accounts ask for. */
	public enum Kind {

		/** After sign-up: confirm that this address is yours. */
		VERIFY_EMAIL,
		/** A one-time sign-in link, instead of a password. */
		SIGN_IN_LINK,
		/** A link to choose a new password. */
		RESET_PASSWORD,
		/** Sent to a new address: confirm it before it replaces the old one. */
		CONFIRM_NEW_EMAIL,
		/** Sent to the old address once the email has changed. */
		EMAIL_CHANGED,
		/** Someone tried to sign up with an address that already has an account: tell its owner. */
		ALREADY_REGISTERED,
		/** The account has been deleted. */
		ACCOUNT_DELETED
	}
}
