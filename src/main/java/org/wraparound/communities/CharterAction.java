package org.wraparound.communities;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One action a community plans or has done in one sector of the charter, with the partner it works with. */
public record CharterAction(UUID id, CharterSector sector, String title, Optional<String> partner,
		CharterStatus status, Optional<String> notes, Optional<Instant> doneAt) {
}
