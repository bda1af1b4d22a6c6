package org.wraparound.accounts.passkeys;

import java.time.Instant;
import java.util.Optional;

/** One passkey as its owner sees it: the name they gave it, when it was added and when it was last used. */
public record Passkey(String id, String label, Instant added, Optional<Instant> lastUsed) {
}
