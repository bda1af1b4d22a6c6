package org.wraparound.communities;

import java.time.Instant;
import java.util.UUID;

import org.wraparound.platform.Language;

/**
 * A champion invited someone by email to lead a community with them. The notifications module writes and sends
 * the mail, in the inviter's language (the invited person may have no account yet).
 *
 * @param id unique per invitation, so sending is idempotent
 * @param note the inviter's own words, plain text; empty when they wrote none
 */
public record ChampionInvitationSent(UUID id, String to, String inviterName, String communityName, String note,
		Language language, String link, Instant expiresAt, Instant at) {
}
