package org.wraparound.circles;

import java.time.Instant;
import java.util.UUID;

import org.wraparound.platform.Language;

/**
 * Someone was invited into a circle by email. The notifications module writes and sends the mail, in the
 * inviter's language (the invited person may have no account yet).
 *
 * @param id unique per invitation, so sending is idempotent
 */
public record CircleInvitationSent(UUID id, String to, String inviterName, String personName, CircleRole role,
		Language language, String link, Instant expiresAt, Instant at) {
}
