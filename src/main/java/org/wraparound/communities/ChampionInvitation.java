package org.wraparound.communities;

import java.time.Instant;
import java.util.UUID;

/** An invitation to co-champion a community that is still open, as its champions see it. */
public record ChampionInvitation(UUID id, String email, String invitedBy, Instant sentAt, Instant expiresAt) {
}
